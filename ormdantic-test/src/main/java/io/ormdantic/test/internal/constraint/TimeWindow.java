package io.ormdantic.test.internal.constraint;

/** Where a time value must lie, from {@code @Past}/{@code @Future} and their {@code OrPresent} forms. */
public enum TimeWindow {

	/** No constraint: anywhere in the supported range. */
	ANY,

	/** Before now. */
	PAST,

	/** After now. */
	FUTURE
}
