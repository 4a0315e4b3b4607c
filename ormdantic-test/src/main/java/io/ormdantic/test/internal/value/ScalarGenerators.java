package io.ormdantic.test.internal.value;

import java.util.SplittableRandom;
import java.util.UUID;

import io.ormdantic.test.internal.constraint.Constraints;

/** Booleans, characters, UUIDs, enum constants and byte arrays. */
public final class ScalarGenerators {

	private static final ValueGenerator BOOLEANS = (context) -> context.random().nextBoolean();

	private static final ValueGenerator CHARACTERS = (context) -> (char) ('a' + context.random().nextInt(26));

	private static final ValueGenerator UUIDS = (context) -> uuid(context.random());

	private ScalarGenerators() {
	}

	/** A generator for {@code boolean}/{@code Boolean}, {@code char}/{@code Character} or {@code UUID}, else null. */
	public static ValueGenerator of(Class<?> type) {
		if (type == boolean.class || type == Boolean.class) {
			return BOOLEANS;
		}
		if (type == char.class || type == Character.class) {
			return CHARACTERS;
		}
		return (type == UUID.class) ? UUIDS : null;
	}

	/**
	 * A generator of the constants of an enum.
	 *
	 * @throws GenerationFailure when the enum has no constant
	 */
	public static ValueGenerator enumConstants(Class<?> type) {
		Object[] constants = type.getEnumConstants();
		if (constants.length == 0) {
			throw new GenerationFailure("enum " + type.getName() + " has no constant");
		}
		return (context) -> constants[context.random().nextInt(constants.length)];
	}

	/** A generator of byte arrays of a length within {@code @Size}. */
	public static ValueGenerator bytes(Constraints constraints) {
		SizeRange length = SizeRange.of(constraints, 4, 12);
		return (context) -> {
			byte[] bytes = new byte[length.draw(context.random())];
			context.random().nextBytes(bytes);
			return bytes;
		};
	}

	/** A version 4 UUID from the seeded source (never {@link UUID#randomUUID()}), so that a seed replays it. */
	private static UUID uuid(SplittableRandom random) {
		long most = (random.nextLong() & ~0xF000L) | 0x4000L;
		long least = (random.nextLong() & 0x3FFF_FFFF_FFFF_FFFFL) | 0x8000_0000_0000_0000L;
		return new UUID(most, least);
	}
}
