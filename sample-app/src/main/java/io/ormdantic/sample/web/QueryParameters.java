package io.ormdantic.sample.web;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import io.ormdantic.InvalidQueryException;
import io.ormdantic.Order;
import io.ormdantic.Query;
import io.ormdantic.metadata.FieldMetadata;
import io.ormdantic.metadata.FieldMetadata.Role;
import io.ormdantic.metadata.ModelMetadata;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.convert.ApplicationConversionService;
import org.springframework.core.convert.ConversionException;
import org.springframework.core.convert.ConversionService;
import org.springframework.util.MultiValueMap;
import org.springframework.web.server.ServerWebInputException;

/**
 * Reads an Ormdantic {@link Query} from query parameters: {@code orderBy}, {@code order}, {@code limit},
 * {@code offset} and {@code depth} shape the page; every other parameter is an equality condition on the field it
 * names ({@code name=vanilla}, {@code flavor.name=vanilla}), a repeated one means IN. Fields are looked up in the
 * model's {@link ModelMetadata}, and values are converted to the field's type (a relation's to its related model's
 * key type), because databases such as PostgreSQL do not compare an integer column with a string.
 */
final class QueryParameters {

	private static final Set<String> PAGING = Set.of("orderBy", "order", "limit", "offset", "depth");

	private static final ConversionService conversion = ApplicationConversionService.getSharedInstance();

	private QueryParameters() {
	}

	/**
	 * The query these parameters describe on the {@code @Table} model {@code model}.
	 *
	 * @throws InvalidQueryException naming the field when a condition names an unknown field or has an empty segment
	 * @throws ServerWebInputException if a value does not fit its field or a paging parameter is malformed
	 */
	static Query parse(Class<?> model, MultiValueMap<String, String> parameters) {
		ModelMetadata<?> metadata = ModelMetadata.of(model);
		Map<String, Object> where = new LinkedHashMap<>();
		parameters.forEach((field, values) -> {
			if (!PAGING.contains(field)) {
				Class<?> type = comparedType(metadata.path(field));
				List<Object> converted = values.stream().map((value) -> convert(field, value, type)).toList();
				where.put(field, (converted.size() == 1) ? converted.get(0) : converted);
			}
		});
		Query query = Query.where(where);
		List<String> orderBy = parameters.getOrDefault("orderBy", List.of())
			.stream()
			.flatMap((value) -> Arrays.stream(value.split(",")))
			.map(String::trim)
			.filter((name) -> !name.isEmpty())
			.toList();
		if (!orderBy.isEmpty()) {
			query = query.orderBy(orderBy.toArray(String[]::new));
		}
		String order = parameters.getFirst("order");
		if (order != null) {
			query = query.order(order(order));
		}
		Integer limit = integer(parameters, "limit");
		Integer offset = integer(parameters, "offset");
		Integer depth = integer(parameters, "depth");
		query = (limit != null) ? query.limit(limit) : query;
		query = (offset != null) ? query.offset(offset) : query;
		return (depth != null) ? query.depth(depth) : query;
	}

	/** The Java type a field's values are compared as: a relation's is its related model's key type. */
	private static Class<?> comparedType(FieldMetadata field) {
		if (field.role() == Role.RELATION) {
			return ModelMetadata.of(field.relation()).key().rawType();
		}
		return field.rawType();
	}

	private static Object convert(String field, String value, Class<?> type) {
		if (type == String.class) {
			return value;
		}
		try {
			return conversion.convert(value, type);
		}
		catch (ConversionException ex) {
			throw new ServerWebInputException("Query parameter '" + field + "' must be a " + type.getSimpleName()
					+ ", got '" + value + "'");
		}
	}

	private static Order order(String value) {
		try {
			return Order.valueOf(value.trim().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new ServerWebInputException("Query parameter 'order' must be asc or desc, got '" + value + "'");
		}
	}

	private static @Nullable Integer integer(MultiValueMap<String, String> parameters, String name) {
		String value = parameters.getFirst(name);
		if (value == null) {
			return null;
		}
		try {
			return Integer.valueOf(value.trim());
		}
		catch (NumberFormatException ex) {
			throw new ServerWebInputException("Query parameter '" + name + "' must be an integer, got '" + value + "'");
		}
	}

}
