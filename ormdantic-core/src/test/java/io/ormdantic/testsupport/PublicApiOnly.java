package io.ormdantic.testsupport;

import java.util.Arrays;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * Checks that a module outside ormdantic-core uses Ormdantic through its public API only ({@code io.ormdantic} and
 * {@code io.ormdantic.metadata}), never through {@code io.ormdantic.internal}, which may change without notice.
 * Needs {@code com.tngtech.archunit:archunit} on the calling module's test class path.
 *
 * <pre>{@code
 * @Test
 * void usesThePublicApiOnly() {
 *     PublicApiOnly.check("io.ormdantic.boot");
 * }
 * }</pre>
 */
public final class PublicApiOnly {

	/** Core's internal packages, with their sub-packages. */
	public static final String INTERNAL = "io.ormdantic.internal..";

	private PublicApiOnly() {
	}

	/**
	 * Asserts that no main class of the given packages (each with its sub-packages) depends on a class of
	 * {@link #INTERNAL}. Test classes are not imported.
	 *
	 * @param packages the packages to check, such as {@code "io.ormdantic.boot"}
	 * @throws AssertionError listing every dependency on an internal class, or when the packages hold no class
	 */
	public static void check(String... packages) {
		if (packages.length == 0) {
			throw new IllegalArgumentException("Name at least one package to check");
		}
		JavaClasses classes = new ClassFileImporter().withImportOption(new ImportOption.DoNotIncludeTests())
			.importPackages(packages);
		String[] subtrees = Arrays.stream(packages).map((name) -> name + "..").toArray(String[]::new);
		noClasses().that()
			.resideInAnyPackage(subtrees)
			.should()
			.dependOnClassesThat()
			.resideInAPackage(INTERNAL)
			.because("io.ormdantic.internal may change without notice; other modules use io.ormdantic and "
					+ "io.ormdantic.metadata only")
			.check(classes);
	}

}
