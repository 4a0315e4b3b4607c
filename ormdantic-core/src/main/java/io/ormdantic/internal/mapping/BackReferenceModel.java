package io.ormdantic.internal.mapping;

/**
 * A {@code List<M>} field filled with the rows of {@code M} whose {@code mappedBy} column references the owner.
 *
 * @param field    the list field of the owning model
 * @param property position of the field among the owner's properties
 * @param target   the model {@code M} of the list elements
 * @param mappedBy the relation column of {@code M} that references the owner
 */
public record BackReferenceModel(String field, int property, Class<?> target, ColumnModel mappedBy) {
}
