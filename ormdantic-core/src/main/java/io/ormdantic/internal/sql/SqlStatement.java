package io.ormdantic.internal.sql;

import java.util.List;

import org.springframework.r2dbc.core.Parameter;

/**
 * Statement text with its bind parameters, in marker order. Values never appear in the text.
 *
 * @param sql        the statement
 * @param parameters the values bound to its markers
 */
public record SqlStatement(String sql, List<Parameter> parameters) {

	/** Copies the parameters. */
	public SqlStatement {
		parameters = List.copyOf(parameters);
	}

	/** A statement without parameters. */
	public static SqlStatement of(String sql) {
		return new SqlStatement(sql, List.of());
	}

	/** The bound values (null for a typed null), for tests and messages. */
	public List<Object> values() {
		return this.parameters.stream().map(Parameter::getValue).toList();
	}

	@Override
	public String toString() {
		return this.sql + " " + values();
	}
}
