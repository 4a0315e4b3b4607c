package io.ormdantic.internal.convert;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

import io.ormdantic.internal.mapping.ColumnModel;
import io.ormdantic.internal.mapping.ColumnType;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.json.JsonMapper;

/** Builds the {@link ValueConverter} of each column from the database's {@link ValueStorage} and the column's Java type. */
public final class ColumnConverters {

	private final ValueStorage storage;

	private final JsonMapper json;

	/** Converters over one database's storage, with JSON through Jackson. */
	public ColumnConverters(ValueStorage storage, JsonMapper json) {
		this.storage = storage;
		this.json = json;
	}

	/** The converter of a column; relation columns convert the related key. */
	public ValueConverter forColumn(ColumnModel column) {
		ValueConverter storage = this.storage.of(column.type());
		if (column.type() == ColumnType.ENUM) {
			return enumConverter(storage, column.javaType());
		}
		if (column.type() == ColumnType.JSON) {
			JavaType javaType = this.json.constructType(column.genericType());
			return storage.around(this.json::writeValueAsString, raw -> this.json.readValue(text(raw), javaType));
		}
		return storage;
	}

	@SuppressWarnings({ "unchecked", "rawtypes" })
	private static ValueConverter enumConverter(ValueConverter storage, Class<?> type) {
		Class<? extends Enum> enumType = (Class<? extends Enum>) type;
		return storage.around(value -> ((Enum<?>) value).name(), raw -> Enum.valueOf(enumType, (String) raw));
	}

	private static String text(Object raw) {
		if (raw instanceof byte[] bytes) {
			return new String(bytes, StandardCharsets.UTF_8);
		}
		if (raw instanceof ByteBuffer buffer) {
			return StandardCharsets.UTF_8.decode(buffer.duplicate()).toString();
		}
		return raw.toString();
	}
}
