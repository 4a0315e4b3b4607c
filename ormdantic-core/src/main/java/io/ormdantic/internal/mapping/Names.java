package io.ormdantic.internal.mapping;

import java.util.regex.Pattern;

/** Derives and checks SQL identifiers; identifiers are always quoted when rendered, so keywords are fine. */
public final class Names {

	private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,62}");

	/** PostgreSQL keeps 63 bytes of a name and MySQL 64: constraint names are cut to fit both. */
	private static final int MAX_LENGTH = 63;

	private Names() {
	}

	/** {@code sweetenerCount -> sweetener_count}, {@code CoffeeOrder -> coffee_order}, {@code URLValue -> url_value}. */
	public static String snakeCase(String name) {
		StringBuilder out = new StringBuilder(name.length() + 4);
		for (int i = 0; i < name.length(); i++) {
			char c = name.charAt(i);
			if (Character.isUpperCase(c)) {
				boolean afterLower = i > 0 && !Character.isUpperCase(name.charAt(i - 1)) && name.charAt(i - 1) != '_';
				boolean beforeLower = i > 0 && i + 1 < name.length() && Character.isLowerCase(name.charAt(i + 1))
						&& Character.isUpperCase(name.charAt(i - 1));
				if (afterLower || beforeLower) {
					out.append('_');
				}
				out.append(Character.toLowerCase(c));
			}
			else {
				out.append(c);
			}
		}
		return out.toString();
	}

	/** Whether {@code name} is a plain identifier (letters, digits, underscore; at most 63 characters). */
	public static boolean isIdentifier(String name) {
		return name != null && IDENTIFIER.matcher(name).matches();
	}

	/** A constraint name from its parts, shortened with a hash when it would exceed the databases' limits. */
	public static String constraint(String prefix, String table, Iterable<String> columns) {
		String name = prefix + "_" + table + "_" + String.join("_", columns);
		if (name.length() <= MAX_LENGTH) {
			return name;
		}
		String hash = Integer.toHexString(name.hashCode());
		return name.substring(0, MAX_LENGTH - hash.length() - 1) + "_" + hash;
	}
}
