package io.ormdantic.test.internal.value;

import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * The state of one {@code generate}/{@code generateList} call: the random source, the options, the models on
 * the current path (to end cycles) and the values taken by unique properties.
 */
public final class GenerationContext {

	/** Greatest nesting of models inside models, whatever their types. */
	private static final int MAX_DEPTH = 8;

	/** Times one model type may appear on the current path: a self-reference is followed once. */
	private static final int MAX_VISITS = 2;

	private final SplittableRandom random;

	private final boolean nullOptionals;

	private int[] visits = new int[16];

	private int depth;

	private Map<Object, Set<Object>> claimed;

	private String blamed;

	/**
	 * A context drawing from {@code random}.
	 *
	 * @param nullOptionals whether every nullable property is left null
	 */
	public GenerationContext(SplittableRandom random, boolean nullOptionals) {
		this.random = random;
		this.nullOptionals = nullOptionals;
	}

	/** The random source; every random choice comes from it, so that a seed replays a whole generation. */
	public SplittableRandom random() {
		return this.random;
	}

	/** Whether nullable properties are left null. */
	public boolean nullOptionals() {
		return this.nullOptionals;
	}

	/**
	 * Enters a model of type {@code typeId} on the current path.
	 *
	 * @throws RecursionLimit when the path is too deep or already holds that type too often
	 */
	public void enter(int typeId) {
		if (typeId >= this.visits.length) {
			this.visits = Arrays.copyOf(this.visits, Math.max(typeId + 1, this.visits.length * 2));
		}
		if (this.depth >= MAX_DEPTH || this.visits[typeId] >= MAX_VISITS) {
			throw RecursionLimit.INSTANCE;
		}
		this.visits[typeId]++;
		this.depth++;
	}

	/** Leaves a model entered with {@link #enter}. */
	public void exit(int typeId) {
		this.visits[typeId]--;
		this.depth--;
	}

	/** Records a value of a unique property; false when {@code owner} already took it in this call. */
	public boolean claim(Object owner, Object value) {
		if (this.claimed == null) {
			this.claimed = new HashMap<>();
		}
		return this.claimed.computeIfAbsent(owner, (key) -> new HashSet<>()).add(value);
	}

	/** Notes the innermost property that could not take the null ending a cycle, unless one is noted already. */
	public void blame(String property) {
		if (this.blamed == null) {
			this.blamed = property;
		}
	}

	/** Forgets the noted property: a nullable property or a shorter collection ended the cycle after all. */
	public void absorbCut() {
		this.blamed = null;
	}

	/** The property noted by {@link #blame}, or null. */
	public String blamed() {
		return this.blamed;
	}
}
