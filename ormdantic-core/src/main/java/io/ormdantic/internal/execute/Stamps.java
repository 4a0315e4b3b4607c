package io.ormdantic.internal.execute;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

import io.ormdantic.InvalidValueException;
import io.ormdantic.internal.mapping.ColumnModel;
import io.ormdantic.internal.mapping.ColumnType;
import io.ormdantic.internal.mapping.ModelAccessor;
import io.ormdantic.internal.mapping.TableModel;
import org.jspecify.annotations.Nullable;

/**
 * The values the engine writes itself into a model's row: its {@code @Version} (1 on insert, one more on update) and
 * its {@code @CreatedAt} / {@code @UpdatedAt} times from the engine's clock, at microsecond precision as every
 * stored time. Works on a write's column values (indexed like the model's columns) and copies them into the model.
 */
final class Stamps {

	private final TableModel model;

	private final Clock clock;

	private final int version;

	private final int createdAt;

	private final int updatedAt;

	Stamps(TableModel model, Clock clock) {
		this.model = model;
		this.clock = clock;
		this.version = model.columnIndex(model.version());
		this.createdAt = model.columnIndex(model.createdAt());
		this.updatedAt = model.columnIndex(model.updatedAt());
	}

	/** Whether the model has a version. */
	boolean versioned() {
		return this.version >= 0;
	}

	/** The version the model holds, as read from its values, or null. */
	@Nullable Object version(Object[] values) {
		return this.version < 0 ? null : values[this.version];
	}

	/**
	 * The version the row must hold for an update of the model.
	 *
	 * @throws InvalidValueException when the model holds none: it was not read from the database
	 */
	Object expectedVersion(Object[] values) {
		Object expected = values[this.version];
		if (expected == null) {
			ColumnModel column = this.model.version();
			throw new InvalidValueException("Model " + this.model.simpleName() + ", field '" + column.field()
					+ "': the @Version is null, so the row it was read from is unknown; read the row (or insert it) first");
		}
		return expected;
	}

	/** Sets what an insert writes: version 1, both times now. */
	void inserting(Object[] values) {
		Instant now = now();
		if (this.version >= 0) {
			values[this.version] = versionOf(1);
		}
		if (this.createdAt >= 0) {
			values[this.createdAt] = time(this.model.createdAt(), now);
		}
		if (this.updatedAt >= 0) {
			values[this.updatedAt] = time(this.model.updatedAt(), now);
		}
	}

	/** Sets what an update writes: the last write's time now; the version is counted up by the statement. */
	void updating(Object[] values) {
		if (this.updatedAt >= 0) {
			values[this.updatedAt] = time(this.model.updatedAt(), now());
		}
	}

	/** Puts back the creation time {@code original} held: the row's own is never overwritten by an update. */
	void keepCreatedAt(Object[] values, Object[] original) {
		if (this.createdAt >= 0) {
			values[this.createdAt] = original[this.createdAt];
		}
	}

	/** The version that follows {@code expected}, which the statement writes as {@code version + 1}. */
	static long next(Object expected) {
		return ((Number) expected).longValue() + 1;
	}

	/** Puts a version into the values, in the version field's type. */
	void version(Object[] values, long version) {
		values[this.version] = versionOf(version);
	}

	/** A copy of {@code instance} holding the stamped values (the version and both times) of {@code values}. */
	Object applied(Object instance, Object[] values) {
		ModelAccessor accessor = this.model.accessor();
		Object[] properties = new Object[this.model.propertyCount()];
		for (int i = 0; i < properties.length; i++) {
			properties[i] = accessor.get(instance, i);
		}
		for (int column : new int[] { this.version, this.createdAt, this.updatedAt }) {
			if (column >= 0) {
				properties[this.model.columns().get(column).property()] = values[column];
			}
		}
		return accessor.createFrom(properties);
	}

	private Object versionOf(long version) {
		return this.model.version().type() == ColumnType.INTEGER ? (Object) Math.toIntExact(version) : (Object) version;
	}

	private Instant now() {
		return this.clock.instant().truncatedTo(ChronoUnit.MICROS);
	}

	private Object time(ColumnModel column, Instant now) {
		return switch (column.type()) {
			case INSTANT -> now;
			// Stored as an instant and read back at UTC: the model gets the value a read returns.
			case OFFSET_DATETIME -> OffsetDateTime.ofInstant(now, ZoneOffset.UTC);
			default -> LocalDateTime.ofInstant(now, this.clock.getZone());
		};
	}
}
