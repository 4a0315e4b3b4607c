package io.ormdantic.it;

import java.util.List;
import java.util.UUID;

import io.micrometer.observation.Observation;
import io.ormdantic.Ormdantic;
import io.ormdantic.Query;
import io.ormdantic.Table;
import io.ormdantic.TableOperations;
import io.ormdantic.testsupport.RecordedObservations;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DuplicateKeyException;

import static io.ormdantic.testsupport.RecordedObservations.value;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * One {@code ormdantic.operation} observation per operation, with the model, operation and database as
 * low-cardinality keys and the depth and rows as high-cardinality ones; a failed operation records its error, and an
 * operation observed inside another observation is its child.
 */
abstract class ObservationSuite extends IntegrationSuite {

	/** A gauge. */
	@Table(name = "it_observed_gauge", pk = "id")
	record Gauge(UUID id, int level) {
	}

	@Override
	Class<?>[] models() {
		return new Class<?>[] { Gauge.class };
	}

	@Test
	void everyOperationIsObservedWithItsKeys() {
		RecordedObservations observations = new RecordedObservations();
		Ormdantic observed = build(options -> options.observationRegistry(observations.registry()));
		TableOperations<Gauge> gauges = observed.table(Gauge.class);
		Gauge one = block(gauges.insert(new Gauge(null, 1)));
		blockList(gauges.insertAll(List.of(new Gauge(null, 2), new Gauge(null, 3))));
		block(gauges.findOne(one.id()));
		block(gauges.findMany(Query.all().depth(1)));
		blockList(gauges.stream(Query.all().limit(2)));
		block(gauges.update(new Gauge(one.id(), 10)));
		block(gauges.upsert(new Gauge(one.id(), 11)));
		block(gauges.count());
		block(gauges.delete(one.id()));
		String system = switch (this.database.dialectName()) {
			case "PostgreSQL" -> "postgresql";
			case "MySQL" -> "mysql";
			default -> "h2";
		};
		for (String operation : List.of("insert", "insertAll", "findOne", "findMany", "stream", "update", "upsert", "count",
				"delete")) {
			List<Observation.Context> contexts = observations.operations(operation);
			assertThat(contexts).as(operation).hasSize(1);
			Observation.Context context = contexts.get(0);
			assertThat(value(context.getLowCardinalityKeyValue("ormdantic.model"))).isEqualTo("Gauge");
			assertThat(value(context.getLowCardinalityKeyValue("db.system"))).isEqualTo(system);
			assertThat(context.getError()).as(operation).isNull();
		}
		assertThat(rows(observations, "insertAll")).isEqualTo("2");
		assertThat(rows(observations, "findMany")).isEqualTo("3");
		assertThat(rows(observations, "stream")).isEqualTo("2");
		assertThat(rows(observations, "count")).isEqualTo("3");
		assertThat(rows(observations, "delete")).isEqualTo("1");
		assertThat(value(observations.operations("findMany").get(0).getHighCardinalityKeyValue("ormdantic.depth"))).isEqualTo("1");
	}

	@Test
	void aFailedOperationRecordsItsErrorAndNestsInItsParent() {
		RecordedObservations observations = new RecordedObservations();
		Ormdantic observed = build(options -> options.observationRegistry(observations.registry()));
		TableOperations<Gauge> gauges = observed.table(Gauge.class);
		Gauge one = block(gauges.insert(new Gauge(null, 1)));
		Observation parent = Observation.start("request", observations.registry());
		assertThatThrownBy(() -> gauges.insert(one)
			.contextWrite(context -> context.put("micrometer.observation", parent))
			.block(TIMEOUT)).isInstanceOf(DuplicateKeyException.class);
		parent.stop();
		Observation.Context failed = observations.operations("insert").get(1);
		assertThat(failed.getError()).isInstanceOf(DuplicateKeyException.class);
		assertThat(failed.getParentObservation()).isNotNull();
		assertThat(failed.getParentObservation().getContextView().getName()).isEqualTo("request");
	}

	private static String rows(RecordedObservations observations, String operation) {
		return value(observations.operations(operation).get(0).getHighCardinalityKeyValue("ormdantic.rows"));
	}
}
