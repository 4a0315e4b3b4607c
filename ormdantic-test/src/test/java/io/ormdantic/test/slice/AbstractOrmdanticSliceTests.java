package io.ormdantic.test.slice;

import java.time.Duration;

import io.ormdantic.OrmdanticTemplate;
import io.ormdantic.SchemaMode;
import io.ormdantic.TableOperations;
import io.ormdantic.boot.OrmdanticSchemaInitializer;
import io.ormdantic.test.GeneratedModel;
import io.ormdantic.test.OrmdanticTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link OrmdanticTest}: only the Ormdantic layer is loaded, its {@code TableOperations} are injectable, the tables are
 * dropped and created per context, and {@code @GeneratedModel(persist = true)} works. Once per database.
 */
@OrmdanticTest
@Timeout(120)
abstract class AbstractOrmdanticSliceTests {

	static final Duration TIMEOUT = Duration.ofSeconds(60);

	@Autowired
	ApplicationContext context;

	@Autowired
	TableOperations<SliceFlavor> flavors;

	@Test
	void servicesAndControllersAreLeftOut() {
		assertThat(this.context.getBeanNamesForType(SliceService.class)).isEmpty();
		assertThat(this.context.getBeanNamesForType(SliceController.class)).isEmpty();
		assertThat(this.context.getBeanNamesForType(OrmdanticTemplate.class)).hasSize(1);
	}

	@Test
	void tableOperationsAreInjectedAndWork() {
		SliceFlavor stored = this.flavors.insert(new SliceFlavor(null, "slice vanilla")).block(TIMEOUT);
		assertThat(this.flavors.findOne(stored.id()).block(TIMEOUT)).isEqualTo(stored);
	}

	@Test
	void eachContextDropsAndCreatesTheTables() {
		assertThat(this.context.getBean(OrmdanticSchemaInitializer.class).getMode()).isEqualTo(SchemaMode.DROP_CREATE);
	}

	@Test
	void generatedModelsArePersistedThroughTheSlice(@GeneratedModel(persist = true) SliceCup cup,
			@Autowired TableOperations<SliceCup> cups) {
		assertThat(cups.findOne(cup.id(), 1).block(TIMEOUT)).isEqualTo(cup);
		assertThat(this.flavors.findOne(cup.flavor().id()).block(TIMEOUT)).isEqualTo(cup.flavor());
	}

}
