package io.ormdantic.test;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import io.ormdantic.CreatedAt;
import io.ormdantic.Table;
import io.ormdantic.UpdatedAt;
import io.ormdantic.Version;
import io.ormdantic.metadata.FieldMetadata;
import io.ormdantic.metadata.FieldMetadata.Role;
import io.ormdantic.metadata.ModelMetadata;
import io.ormdantic.test.fixtures.Wallet;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Fields the engine writes: a {@code @Version} holds 1, the version an insert stores, so a generated model is one
 * {@code update} accepts once inserted; {@code @CreatedAt} and {@code @UpdatedAt} get random times like any other.
 */
class GeneratorEngineFieldsTest {

	@Test
	void coreReportsTheRolesAndAVersionIsNotNullable() {
		assertThat(ModelMetadata.of(Wallet.class).fields()).extracting(FieldMetadata::name, FieldMetadata::role,
				FieldMetadata::nullable)
			.contains(tuple("version", Role.VERSION, false), tuple("createdAt", Role.CREATED_AT, true),
					tuple("updatedAt", Role.UPDATED_AT, true));
	}

	@Test
	void theVersionIsOneForEveryVersionType() {
		for (long seed = 0; seed < 50; seed++) {
			assertThat(Generator.of(Wallet.class).seed(seed).generate().version()).isEqualTo(1L);
			assertThat(Generator.of(IntVersion.class).seed(seed).generate().version()).isEqualTo(1);
			assertThat(Generator.of(IntegerVersion.class).seed(seed).generate().version()).isEqualTo(1);
			assertThat(Generator.of(LongVersion.class).seed(seed).generate().version()).isEqualTo(1L);
		}
		assertThat(Generator.of(Wallet.class).generateList(20)).extracting(Wallet::version).containsOnly(1L);
		assertThat(Generator.of(IntegerVersion.class).generateList(20)).extracting(IntegerVersion::version).containsOnly(1);
	}

	@Test
	void aVersionedModelIsReproducibleFromItsSeed() {
		assertThat(Generator.of(Wallet.class).seed(42).generate()).isEqualTo(Generator.of(Wallet.class).seed(42).generate());
		assertThat(Generator.of(IntVersion.class).seed(42).generateList(5))
			.isEqualTo(Generator.of(IntVersion.class).seed(42).generateList(5));
		assertThat(Generator.of(LongVersion.class).seed(7).generate()).isEqualTo(Generator.of(LongVersion.class).seed(7).generate());
		// only the version is fixed: the other fields still vary from instance to instance
		Generator<Wallet> generator = Generator.of(Wallet.class).seed(42);
		Wallet first = generator.generate();
		Wallet second = generator.generate();
		assertThat(second.id()).isNotEqualTo(first.id());
		assertThat(second.version()).isEqualTo(first.version()).isEqualTo(1L);
	}

	@Test
	void aRelatedVersionedModelHoldsVersionOneToo() {
		for (Transfer transfer : Generator.of(Transfer.class).generateList(20)) {
			assertThat(transfer.version()).isEqualTo(1);
			assertThat(transfer.wallet().version()).isEqualTo(1L);
		}
	}

	@Test
	void withOverridesTheVersion() {
		assertThat(Generator.of(Wallet.class).with("version", 7L).generate().version()).isEqualTo(7L);
		assertThat(Generator.of(Wallet.class).with("version", null).generate().version()).isNull();
		assertThat(Generator.of(IntVersion.class).with("version", 5).generateList(3)).extracting(IntVersion::version)
			.containsOnly(5);
		assertThat(Generator.of(LongVersion.class).with("version", 0L).nullOptionals().generate().version()).isZero();
		assertThatIllegalArgumentException().isThrownBy(() -> Generator.of(IntVersion.class).with("version", null))
			.withMessageContaining("cannot hold null");
		assertThatIllegalArgumentException().isThrownBy(() -> Generator.of(Wallet.class).with("version", 7))
			.withMessageContaining("Wallet.version is a java.lang.Long, it cannot hold java.lang.Integer");
	}

	@Test
	void nullOptionalsKeepsTheVersionAndNullsNullableAuditTimes() {
		Wallet wallet = Generator.of(Wallet.class).seed(42).nullOptionals().generate();
		assertThat(wallet.id()).isNotNull();
		assertThat(wallet.owner()).isNull();
		assertThat(wallet.version()).isEqualTo(1L);
		assertThat(wallet.createdAt()).isNull();
		assertThat(wallet.updatedAt()).isNull();
		IntegerVersion boxed = Generator.of(IntegerVersion.class).nullOptionals().generate();
		assertThat(boxed.version()).isEqualTo(1);
		assertThat(boxed.created()).isNull();
		assertThat(boxed.touched()).isNull();
		Wallet fixed = Generator.of(Wallet.class).with("createdAt", Instant.EPOCH).nullOptionals().generate();
		assertThat(fixed.createdAt()).isEqualTo(Instant.EPOCH);
		assertThat(fixed.updatedAt()).isNull();
	}

	@Test
	void auditTimesAreOrdinaryRandomTimes() {
		List<Wallet> wallets = Generator.of(Wallet.class).seed(42).generateList(50);
		assertThat(wallets).extracting(Wallet::createdAt).doesNotContainNull().doesNotHaveDuplicates();
		assertThat(wallets).extracting(Wallet::updatedAt).doesNotContainNull().doesNotHaveDuplicates();
		List<IntVersion> counters = Generator.of(IntVersion.class).seed(42).generateList(50);
		assertThat(counters).extracting(IntVersion::created).doesNotContainNull().doesNotHaveDuplicates();
		assertThat(counters).extracting(IntVersion::touched).doesNotContainNull().doesNotHaveDuplicates();
	}

	@Table(pk = "id")
	record IntVersion(UUID id, int count, @Version int version, @CreatedAt OffsetDateTime created,
			@UpdatedAt LocalDateTime touched) {
	}

	@Table(pk = "id")
	record IntegerVersion(UUID id, String note, @Version Integer version, @CreatedAt LocalDateTime created,
			@UpdatedAt OffsetDateTime touched) {
	}

	@Table(pk = "id")
	record LongVersion(Long id, @Version long version, @UpdatedAt Instant touched) {
	}

	/** A versioned model related to another one. */
	@Table(pk = "id")
	record Transfer(UUID id, Wallet wallet, @Version int version) {
	}
}
