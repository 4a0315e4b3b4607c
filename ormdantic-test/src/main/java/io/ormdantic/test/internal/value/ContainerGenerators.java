package io.ormdantic.test.internal.value;

import java.lang.reflect.Array;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.LinkedList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.IntSupplier;
import java.util.function.Supplier;

import io.ormdantic.test.internal.constraint.Constraints;

/**
 * Lists, sets, maps and arrays of a few elements ({@code @Size} and {@code @NotEmpty} respected). Sets and map keys
 * are distinct, so a small domain (an enum) may give fewer elements than drawn, never fewer than {@code @Size(min)}.
 * A nested model cut by the recursion limit ends the container early.
 */
public final class ContainerGenerators {

	private static final Map<Class<?>, Supplier<Collection<Object>>> COLLECTIONS = Map.ofEntries(
			Map.entry(Iterable.class, ArrayList::new), Map.entry(Collection.class, ArrayList::new),
			Map.entry(List.class, ArrayList::new), Map.entry(ArrayList.class, ArrayList::new),
			Map.entry(LinkedList.class, LinkedList::new), Map.entry(java.util.Set.class, LinkedHashSet::new),
			Map.entry(java.util.HashSet.class, LinkedHashSet::new), Map.entry(LinkedHashSet.class, LinkedHashSet::new),
			Map.entry(java.util.SortedSet.class, TreeSet::new), Map.entry(java.util.NavigableSet.class, TreeSet::new),
			Map.entry(TreeSet.class, TreeSet::new));

	private static final Map<Class<?>, Supplier<Map<Object, Object>>> MAPS = Map.of(
			Map.class, LinkedHashMap::new, java.util.HashMap.class, LinkedHashMap::new,
			LinkedHashMap.class, LinkedHashMap::new, java.util.SortedMap.class, TreeMap::new,
			java.util.NavigableMap.class, TreeMap::new, TreeMap.class, TreeMap::new);

	private ContainerGenerators() {
	}

	/** Whether the class is a supported collection type. */
	public static boolean isCollection(Class<?> type) {
		return COLLECTIONS.containsKey(type);
	}

	/** Whether the class is a supported map type. */
	public static boolean isMap(Class<?> type) {
		return MAPS.containsKey(type);
	}

	/** A generator of collections of {@code type} filled by {@code element}. */
	public static ValueGenerator collection(Class<?> type, ValueGenerator element, Constraints constraints) {
		Supplier<Collection<Object>> factory = COLLECTIONS.get(type);
		SizeRange size = SizeRange.of(constraints, 2, 3);
		return (context) -> {
			Collection<Object> collection = factory.get();
			fill(context, size, collection::size, () -> collection.add(element.next(context)));
			return collection;
		};
	}

	/** A generator of maps of {@code type} with keys from {@code key} and values from {@code value}. */
	public static ValueGenerator map(Class<?> type, ValueGenerator key, ValueGenerator value, Constraints constraints) {
		Supplier<Map<Object, Object>> factory = MAPS.get(type);
		SizeRange size = SizeRange.of(constraints, 2, 3);
		return (context) -> {
			Map<Object, Object> map = factory.get();
			fill(context, size, map::size, () -> map.put(key.next(context), value.next(context)));
			return map;
		};
	}

	/** A generator of arrays of {@code component} filled by {@code element}. */
	public static ValueGenerator array(Class<?> component, ValueGenerator element, Constraints constraints) {
		SizeRange size = SizeRange.of(constraints, 2, 3);
		return (context) -> {
			List<Object> elements = new ArrayList<>();
			fill(context, size, elements::size, () -> elements.add(element.next(context)));
			Object array = Array.newInstance(component, elements.size());
			for (int i = 0; i < elements.size(); i++) {
				Array.set(array, i, elements.get(i));
			}
			return array;
		};
	}

	/**
	 * Adds elements until the drawn size is reached; duplicates a set or map drops are drawn again a bounded
	 * number of times. Fails only below {@code @Size(min)}.
	 */
	private static void fill(GenerationContext context, SizeRange size, IntSupplier count, Runnable add) {
		int target = size.draw(context.random());
		int attempts = 10 * target + 10;
		try {
			while (count.getAsInt() < target && attempts-- > 0) {
				add.run();
			}
		}
		catch (RecursionLimit cut) {
			if (count.getAsInt() < size.min()) {
				throw cut;
			}
			context.absorbCut();
		}
		catch (GenerationFailure failure) {
			throw failure.under("[element]");
		}
		catch (ClassCastException ex) {
			throw new GenerationFailure("elements of a sorted set or map must be Comparable", ex).under("[element]");
		}
		if (count.getAsInt() < size.min()) {
			throw new GenerationFailure("only " + count.getAsInt() + " distinct elements for @Size(min = " + size.min() + ")");
		}
	}
}
