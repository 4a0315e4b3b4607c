package io.ormdantic.sample.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.ormdantic.InvalidQueryException;
import io.ormdantic.Order;
import io.ormdantic.Query;
import io.ormdantic.sample.model.Coffee;
import io.ormdantic.sample.model.Flavor;
import org.junit.jupiter.api.Test;

import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.server.ServerWebInputException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** {@link QueryParameters} on the models' metadata, without a server or a database. */
class QueryParametersTests {

	@Test
	void valuesAreConvertedToTheirFieldsTypes() {
		UUID flavor = UUID.randomUUID();
		MultiValueMap<String, String> parameters = new LinkedMultiValueMap<>();
		parameters.add("sweetenerCount", "2");
		parameters.add("sweetenerCount", "3");
		parameters.add("flavor", flavor.toString());
		parameters.add("flavor.name", "vanilla");
		parameters.add("orderBy", "sweetenerCount, id");
		parameters.add("order", "desc");
		parameters.add("limit", "10");
		parameters.add("depth", "1");
		Map<String, Object> where = new LinkedHashMap<>();
		where.put("sweetenerCount", List.of(2, 3));
		where.put("flavor", flavor);
		where.put("flavor.name", "vanilla");
		assertThat(QueryParameters.parse(Coffee.class, parameters)).isEqualTo(
				Query.where(where).orderBy("sweetenerCount", "id").order(Order.DESC).limit(10).depth(1));
	}

	@Test
	void unknownFieldIsRejectedByName() {
		assertThatExceptionOfType(InvalidQueryException.class)
			.isThrownBy(() -> QueryParameters.parse(Flavor.class, parameters("strength", "5")))
			.withMessageContaining("strength");
		assertThatExceptionOfType(InvalidQueryException.class)
			.isThrownBy(() -> QueryParameters.parse(Coffee.class, parameters("flavor.strength", "5")))
			.withMessageContaining("flavor.strength");
	}

	@Test
	void pathWithAnEmptySegmentIsRejected() {
		assertThatExceptionOfType(InvalidQueryException.class)
			.isThrownBy(() -> QueryParameters.parse(Coffee.class, parameters(".name", "x")))
			.withMessageContaining(".name");
		assertThatExceptionOfType(InvalidQueryException.class)
			.isThrownBy(() -> QueryParameters.parse(Coffee.class, parameters("flavor..name", "x")))
			.withMessageContaining("flavor..name");
	}

	@Test
	void pathThroughAValueIsRejected() {
		assertThatExceptionOfType(InvalidQueryException.class)
			.isThrownBy(() -> QueryParameters.parse(Coffee.class, parameters("sweetener.name", "x")))
			.withMessageContaining("sweetener.name");
	}

	@Test
	void relationValueThatIsNotAKeyIsABadInput() {
		assertThatExceptionOfType(ServerWebInputException.class)
			.isThrownBy(() -> QueryParameters.parse(Coffee.class, parameters("flavor", "not-a-uuid")))
			.withMessageContaining("'flavor' must be a UUID");
	}

	private static MultiValueMap<String, String> parameters(String name, String value) {
		MultiValueMap<String, String> parameters = new LinkedMultiValueMap<>();
		parameters.add(name, value);
		return parameters;
	}

}
