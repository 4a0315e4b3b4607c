package io.ormdantic.test.spring;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.ormdantic.OrmdanticTemplate;
import io.ormdantic.TableOperations;
import io.ormdantic.test.GeneratedModel;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Timeout;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.OptimisticLockingFailureException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * {@code @GeneratedModel(persist = true)} in a Spring Boot test: rows inserted related rows first, readable
 * through the context's template, deleted after the test. Run once per database by the subclasses.
 */
@SpringBootTest(properties = { "ormdantic.schema=drop-create", "spring.main.banner-mode=off" })
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@Timeout(120)
abstract class AbstractGeneratedPersistenceTests {

	private static final Duration TIMEOUT = Duration.ofSeconds(60);

	@Autowired
	private OrmdanticTemplate template;

	/** The cup the first test of each subclass persisted, to check in the next one that it was deleted. */
	private static final Map<Class<?>, Cup> persistedCups = new ConcurrentHashMap<>();

	@Test
	@Order(1)
	void persistsTheModelAfterItsRelations(@GeneratedModel(persist = true) Cup cup) {
		persistedCups.put(getClass(), cup);
		assertThat(cup.blend()).isNotNull();
		assertThat(cup.blend().origin()).isNotNull();
		assertThat(this.template.table(Cup.class).findOne(cup.id(), 2).block(TIMEOUT)).isEqualTo(cup);
		assertThat(this.template.table(Origin.class).findOne(cup.blend().origin().id()).block(TIMEOUT))
			.isEqualTo(cup.blend().origin());
	}

	@Test
	@Order(2)
	void rowsAreDeletedAfterTheTest() {
		Cup cup = persistedCups.get(getClass());
		assertThat(cup).as("the first test ran").isNotNull();
		assertThat(this.template.table(Cup.class).findOne(cup.id()).blockOptional(TIMEOUT)).isEmpty();
		assertThat(this.template.table(Blend.class).findOne(cup.blend().id()).blockOptional(TIMEOUT)).isEmpty();
		assertThat(this.template.table(Origin.class).findOne(cup.blend().origin().id()).blockOptional(TIMEOUT))
			.isEmpty();
	}

	@Test
	void persistsEveryModelOfAList(@GeneratedModel(persist = true, size = 3) List<Blend> blends) {
		assertThat(blends).hasSize(3);
		for (Blend blend : blends) {
			assertThat(this.template.table(Blend.class).findOne(blend.id(), 1).block(TIMEOUT)).isEqualTo(blend);
		}
	}

	@Test
	void persistsASelfReferenceManagerFirst(@GeneratedModel(persist = true) Staff staff) {
		assertThat(staff.id()).isPositive();
		assertThat(staff.manager()).isNotNull();
		Staff stored = this.template.table(Staff.class).findOne(staff.id(), 1).block(TIMEOUT);
		assertThat(stored.manager()).isEqualTo(staff.manager());
	}

	@Test
	void aPersistedVersionedModelIsUpdatableAsInjected(@GeneratedModel(persist = true) Account account) {
		TableOperations<Account> accounts = this.template.table(Account.class);
		assertThat(account.version()).isEqualTo(1L);
		assertThat(account.branch().version()).isEqualTo(1);
		long balance = (account.balance() == 100) ? 200 : 100;

		Account updated = accounts.update(account.withBalance(balance)).block(TIMEOUT);
		assertThat(updated.version()).isEqualTo(2L);
		assertThat(updated.balance()).isEqualTo(balance);
		// the stale injected instance still holds version 1
		assertThatExceptionOfType(OptimisticLockingFailureException.class)
			.isThrownBy(() -> accounts.update(account.withBalance(balance + 1)).block(TIMEOUT));
		Account row = accounts.findOne(account.id()).block(TIMEOUT);
		assertThat(row.version()).isEqualTo(2L);
		assertThat(row.balance()).isEqualTo(balance);

		// the related branch, injected as generated rather than as inserted, is updatable too
		Branch branch = this.template.table(Branch.class).update(account.branch().withCity("Lisbon")).block(TIMEOUT);
		assertThat(branch.version()).isEqualTo(2);
		assertThat(this.template.table(Branch.class).findOne(branch.id()).block(TIMEOUT).city()).isEqualTo("Lisbon");
	}

	@Test
	void generatedWithoutPersistIsNotStored(@GeneratedModel Blend blend, @Autowired OrmdanticTemplate injected) {
		assertThat(injected.table(Blend.class).findOne(blend.id()).blockOptional(TIMEOUT)).isEmpty();
	}
}
