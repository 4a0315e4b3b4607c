package io.ormdantic.internal.mapping;

import java.lang.reflect.Field;
import java.lang.reflect.Type;

/**
 * A record component or field of a model, in declaration order.
 *
 * @param name        the Java name
 * @param type        the raw type
 * @param genericType the generic type
 * @param field       the backing field, which carries the Bean Validation annotations for records and classes alike
 * @param index       the position among the model's properties
 */
public record Property(String name, Class<?> type, Type genericType, Field field, int index) {
}
