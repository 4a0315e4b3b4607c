package io.ormdantic.testsupport;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import io.micrometer.common.KeyValue;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationHandler;
import io.micrometer.observation.ObservationRegistry;

/** A registry that keeps the context of every observation that stopped, for tests to read. */
public final class RecordedObservations implements ObservationHandler<Observation.Context> {

	private final List<Observation.Context> stopped = new CopyOnWriteArrayList<>();

	private final ObservationRegistry registry = ObservationRegistry.create();

	/** A registry recording into a new instance. */
	public RecordedObservations() {
		this.registry.observationConfig().observationHandler(this);
	}

	/** The registry to give to the engine. */
	public ObservationRegistry registry() {
		return this.registry;
	}

	/** The stopped observations of an Ormdantic operation, in the order they stopped. */
	public List<Observation.Context> operations(String operation) {
		return this.stopped.stream()
			.filter(context -> "ormdantic.operation".equals(context.getName()))
			.filter(context -> operation.equals(value(context.getLowCardinalityKeyValue("ormdantic.operation"))))
			.toList();
	}

	/** A key's value, or null where the key is missing. */
	public static String value(KeyValue keyValue) {
		return (keyValue != null) ? keyValue.getValue() : null;
	}

	@Override
	public void onStop(Observation.Context context) {
		this.stopped.add(context);
	}

	@Override
	public boolean supportsContext(Observation.Context context) {
		return true;
	}
}
