package io.ormdantic.test.internal.junit;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import io.ormdantic.OrmdanticTemplate;
import io.ormdantic.Table;
import io.ormdantic.TableOperations;
import io.ormdantic.metadata.ModelMetadata;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;

/**
 * The rows one test inserted for {@code persist = true}, in insertion order, and their deletion after the test
 * in reverse order so that no foreign key is left dangling. Blocking is fine here: it runs on the test thread.
 */
public final class PersistedRows {

	private static final Duration TIMEOUT = Duration.ofSeconds(30);

	private final OrmdanticTemplate template;

	private final List<Row> rows = new ArrayList<>();

	private PersistedRows(OrmdanticTemplate template) {
		this.template = template;
	}

	/** The rows of the test of {@code context}, inserting through {@code template}. */
	static PersistedRows of(ExtensionContext context, OrmdanticTemplate template) {
		return context.getStore(TestSeeds.NAMESPACE).computeIfAbsent(PersistedRows.class, (key) -> new PersistedRows(template),
				PersistedRows.class);
	}

	/**
	 * Deletes the rows the test of {@code context} inserted, last first; every row is tried, failures are thrown
	 * together afterwards.
	 */
	public static void deleteAll(ExtensionContext context) {
		PersistedRows persisted = context.getStore(TestSeeds.NAMESPACE).remove(PersistedRows.class, PersistedRows.class);
		if (persisted == null) {
			return;
		}
		IllegalStateException failure = null;
		for (int i = persisted.rows.size() - 1; i >= 0; i--) {
			Row row = persisted.rows.get(i);
			try {
				row.table().delete(row.key()).block(TIMEOUT);
			}
			catch (RuntimeException ex) {
				if (failure == null) {
					failure = new IllegalStateException("Cannot delete the rows @GeneratedModel(persist = true) inserted");
				}
				failure.addSuppressed(ex);
			}
		}
		if (failure != null) {
			throw failure;
		}
	}

	/** Inserts {@code model} after the models it relates to, deepest first; returns the stored model. */
	Object insert(Object model) {
		if (!model.getClass().isAnnotationPresent(Table.class)) {
			throw new ParameterResolutionException("@GeneratedModel(persist = true) needs a @Table model; "
					+ model.getClass().getName() + " is not one");
		}
		Object stored = null;
		for (Object row : InsertionOrder.of(model)) {
			TableOperations<Object> table = table(row.getClass());
			Object inserted = table.insert(row).block(TIMEOUT);
			this.rows.add(new Row(table, key(ModelMetadata.of(row.getClass()), inserted)));
			if (row == model) {
				stored = inserted;
			}
		}
		return stored;
	}

	/** The primary key of a stored model, read as the engine reads it. */
	private static <M> Object key(ModelMetadata<M> metadata, Object model) {
		return metadata.read(metadata.type().cast(model), metadata.key().name());
	}

	@SuppressWarnings("unchecked")
	private TableOperations<Object> table(Class<?> model) {
		try {
			return (TableOperations<Object>) this.template.table(model);
		}
		catch (RuntimeException ex) {
			throw new ParameterResolutionException("@GeneratedModel(persist = true): " + model.getSimpleName()
					+ " is not registered with the test's OrmdanticTemplate (the starter registers the @Table models under"
					+ " the application's package, or ormdantic.packages): " + ex.getMessage(), ex);
		}
	}

	private record Row(TableOperations<Object> table, Object key) {
	}
}
