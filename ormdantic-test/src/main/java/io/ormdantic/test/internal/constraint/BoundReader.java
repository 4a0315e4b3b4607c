package io.ormdantic.test.internal.constraint;

import java.lang.annotation.Annotation;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.BinaryOperator;
import java.util.function.Function;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Negative;
import jakarta.validation.constraints.NegativeOrZero;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;

import io.ormdantic.test.internal.type.TypeNode;

/**
 * Reads one numeric constraint annotation as a {@link Bound}.
 *
 * @param <A> the annotation type
 * @param type the annotation type
 * @param bound the bound the annotation sets
 */
record BoundReader<A extends Annotation>(Class<A> type, Function<A, Bound> bound) {

	/** The annotations that set a lower bound. */
	static final List<BoundReader<?>> LOWER = List.of(
			new BoundReader<>(Min.class, (min) -> new Bound(BigDecimal.valueOf(min.value()), true)),
			new BoundReader<>(DecimalMin.class, (min) -> new Bound(new BigDecimal(min.value()), min.inclusive())),
			new BoundReader<>(Positive.class, (positive) -> new Bound(BigDecimal.ZERO, false)),
			new BoundReader<>(PositiveOrZero.class, (positive) -> new Bound(BigDecimal.ZERO, true)));

	/** The annotations that set an upper bound. */
	static final List<BoundReader<?>> UPPER = List.of(
			new BoundReader<>(Max.class, (max) -> new Bound(BigDecimal.valueOf(max.value()), true)),
			new BoundReader<>(DecimalMax.class, (max) -> new Bound(new BigDecimal(max.value()), max.inclusive())),
			new BoundReader<>(Negative.class, (negative) -> new Bound(BigDecimal.ZERO, false)),
			new BoundReader<>(NegativeOrZero.class, (negative) -> new Bound(BigDecimal.ZERO, true)));

	/** The tightest bound the {@code readers} find on {@code type}, or null. */
	static Bound tightest(TypeNode type, List<BoundReader<?>> readers, BinaryOperator<Bound> tighter) {
		Bound tightest = null;
		for (BoundReader<?> reader : readers) {
			Bound bound = reader.read(type);
			if (bound != null) {
				tightest = tighter.apply(tightest, bound);
			}
		}
		return tightest;
	}

	private Bound read(TypeNode node) {
		A annotation = node.annotation(this.type);
		return (annotation != null) ? this.bound.apply(annotation) : null;
	}
}
