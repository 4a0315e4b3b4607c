package io.ormdantic.internal.sql;

import java.util.ArrayList;
import java.util.List;

import io.ormdantic.internal.convert.ValueConverter;
import io.ormdantic.internal.dialect.Dialect;
import io.ormdantic.internal.mapping.ColumnType;
import org.springframework.r2dbc.core.Parameter;

/** Appends statement text and binds values behind the dialect's markers, never into the text. */
public final class SqlBuilder {

	private final Dialect dialect;

	private final StringBuilder sql;

	private final List<Parameter> parameters = new ArrayList<>();

	/** Starts a statement with {@code prefix}. */
	public SqlBuilder(Dialect dialect, String prefix) {
		this.dialect = dialect;
		this.sql = new StringBuilder(prefix.length() + 64).append(prefix);
	}

	/** Appends text that holds no values. */
	public SqlBuilder append(String text) {
		this.sql.append(text);
		return this;
	}

	/** Appends a quoted identifier. */
	public SqlBuilder quoted(String identifier) {
		this.sql.append(this.dialect.quote(identifier));
		return this;
	}

	/** Appends a marker and binds the Java value, converted for its column. */
	public SqlBuilder bind(Object value, ValueConverter converter, ColumnType type) {
		this.sql.append(this.dialect.valueMarker(type, this.parameters.size()));
		this.parameters.add(Parameter.fromOrEmpty(converter.write(value), converter.columnClass()));
		return this;
	}

	/** The dialect markers are rendered with. */
	public Dialect dialect() {
		return this.dialect;
	}

	/** The statement built so far. */
	public SqlStatement build() {
		return new SqlStatement(this.sql.toString(), this.parameters);
	}
}
