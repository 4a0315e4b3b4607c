package io.ormdantic.test.internal.type;

import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A resolved Java type: its class, its resolved type arguments (the component type for arrays) and the
 * annotations at this use of it. Records compare by value, so a node can key a per-type cache.
 *
 * @param raw the class
 * @param arguments the type arguments, or the component type of an array
 * @param annotations declaration and type-use annotations at this use
 */
public record TypeNode(Class<?> raw, List<TypeNode> arguments, List<Annotation> annotations) {

	/** Copies the lists so that a node stays immutable. */
	public TypeNode {
		arguments = List.copyOf(arguments);
		annotations = List.copyOf(annotations);
	}

	/** The node of a class; type parameters of a generic class stand for {@code Object}. */
	public static TypeNode of(Class<?> type) {
		return TypeResolver.resolve(type);
	}

	/** Type argument {@code index}; {@code Object} when the type has fewer (a raw type). */
	public TypeNode argument(int index) {
		return (index < this.arguments.size()) ? this.arguments.get(index) : of(Object.class);
	}

	/** The annotation of that type at this use, or null. */
	public <A extends Annotation> A annotation(Class<A> type) {
		for (Annotation annotation : this.annotations) {
			if (type.isInstance(annotation)) {
				return type.cast(annotation);
			}
		}
		return null;
	}

	/** This node with {@code more} annotations added, duplicates (declaration and type-use) dropped. */
	public TypeNode withAnnotations(List<Annotation> more) {
		if (more.isEmpty()) {
			return this;
		}
		Set<Annotation> merged = new LinkedHashSet<>(this.annotations);
		merged.addAll(more);
		return new TypeNode(this.raw, this.arguments, new ArrayList<>(merged));
	}

	/** This node without annotations at this use: the key of the type itself. */
	public TypeNode withoutAnnotations() {
		return this.annotations.isEmpty() ? this : new TypeNode(this.raw, this.arguments, List.of());
	}

	/** The type as Java source spells it, for messages. */
	public String typeName() {
		if (this.raw.isArray() || this.arguments.isEmpty()) {
			return this.raw.getTypeName();
		}
		return this.raw.getName() + this.arguments.stream().map(TypeNode::typeName).collect(Collectors.joining(", ", "<", ">"));
	}
}
