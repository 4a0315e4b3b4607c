package io.ormdantic;

import java.util.ArrayList;
import java.util.List;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaMember;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.JavaType;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import io.r2dbc.spi.Connection;
import io.r2dbc.spi.ConnectionFactory;
import io.r2dbc.spi.Statement;
import org.junit.jupiter.api.Test;

import org.springframework.r2dbc.core.DatabaseClient;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.belongToAnyOf;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noCodeUnits;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The layering of core's packages, checked on its main classes: the public API ({@code io.ormdantic},
 * {@code io.ormdantic.metadata}) shows no internal type, mapping knows no SQL or execution, dialects and SQL
 * rendering never run statements, opening connections knows nothing above R2DBC, and the internal packages do not
 * depend on each other in a cycle.
 */
class ArchitectureTests {

	private static final String INTERNAL = "..internal..";

	private static final String PUBLIC_API = "applications compile against io.ormdantic and io.ormdantic.metadata "
			+ "only; internal types may change without notice";

	private static final JavaClasses classes = new ClassFileImporter()
		.withImportOption(new ImportOption.DoNotIncludeTests())
		.importPackages("io.ormdantic");

	@Test
	void mappingKnowsNoSqlOrExecution() {
		noClasses().that()
			.resideInAPackage("io.ormdantic.internal.mapping..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("io.ormdantic.internal.sql..", "io.ormdantic.internal.dialect..",
					"io.ormdantic.internal.execute..", "io.ormdantic.internal.convert..", "org.springframework.r2dbc..",
					"io.r2dbc..", "reactor..")
			.because("mapping reads models once and applies the table rules; SQL, databases and execution build on it")
			.check(classes);
	}

	@Test
	void dialectsKnowNoExecution() {
		noClasses().that()
			.resideInAPackage("io.ormdantic.internal.dialect..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("io.ormdantic.internal.execute..", "io.ormdantic.internal.sql..",
					"org.springframework.r2dbc.core..", "reactor..")
			.because("a dialect describes one database's SQL; rendering and execution use it, not the other way round")
			.check(classes);
	}

	@Test
	void sqlRenderingNeverRunsStatements() {
		noClasses().that()
			.resideInAPackage("io.ormdantic.internal.sql..")
			.should()
			.dependOnClassesThat(resideInAnyPackage("io.ormdantic.internal.execute..", "reactor..")
				.or(belongToAnyOf(DatabaseClient.class, ConnectionFactory.class, Connection.class, Statement.class,
						io.r2dbc.spi.Result.class)))
			.because("rendering turns resolved queries into text and bind values; only execute runs statements")
			.check(classes);
	}

	@Test
	void connectingKnowsNothingElseOfOrmdantic() {
		noClasses().that()
			.resideInAPackage("io.ormdantic.internal.connect..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("io.ormdantic", "io.ormdantic.metadata..", "io.ormdantic.internal.mapping..",
					"io.ormdantic.internal.sql..", "io.ormdantic.internal.dialect..", "io.ormdantic.internal.execute..",
					"io.ormdantic.internal.convert..", "io.ormdantic.internal.query..")
			.because("opening connections sits below everything else: it speaks R2DBC only, whatever the models")
			.check(classes);
	}

	@Test
	void internalPackagesAreFreeOfCycles() {
		slices().matching("io.ormdantic.internal.(*)..")
			.should()
			.beFreeOfCycles()
			.because("each internal package must be understandable and testable with only the ones below it")
			.check(classes);
	}

	@Test
	void publicSignaturesShowNoInternalType() {
		noCodeUnits().that(areVisibleApi())
			.should(mentionAnInternalType())
			.because(PUBLIC_API)
			.check(classes);
	}

	@Test
	void publicFieldsShowNoInternalType() {
		noFields().that(areVisibleApi())
			.should(mentionAnInternalType())
			.because(PUBLIC_API)
			.check(classes);
	}

	/**
	 * Members applications can see: public or protected members of public types in the public packages (protected
	 * ones through subclasses).
	 */
	private static DescribedPredicate<JavaMember> areVisibleApi() {
		return DescribedPredicate.describe("are public or protected members of public types in io.ormdantic or "
				+ "io.ormdantic.metadata", (member) -> {
					JavaClass owner = member.getOwner();
					return owner.getModifiers().contains(JavaModifier.PUBLIC)
							&& (owner.getPackageName().equals("io.ormdantic")
									|| owner.getPackageName().equals("io.ormdantic.metadata"))
							&& (member.getModifiers().contains(JavaModifier.PUBLIC)
									|| member.getModifiers().contains(JavaModifier.PROTECTED));
				});
	}

	/**
	 * A return, parameter or field type that is, or has as a type argument or bound, a class of an internal package:
	 * {@code Mono<Entity>} shows {@code Entity} as much as {@code Entity} does.
	 */
	private static <M extends JavaMember> ArchCondition<M> mentionAnInternalType() {
		DescribedPredicate<JavaClass> internal = resideInAnyPackage(INTERNAL);
		return new ArchCondition<>("mention a type of " + INTERNAL + " in their signature") {
			@Override
			public void check(M member, ConditionEvents events) {
				List<JavaType> types = new ArrayList<>();
				if (member instanceof JavaCodeUnit codeUnit) {
					types.add(codeUnit.getReturnType());
					types.addAll(codeUnit.getParameterTypes());
				}
				else if (member instanceof JavaField field) {
					types.add(field.getType());
				}
				boolean shown = false;
				for (JavaType type : types) {
					for (JavaClass involved : type.getAllInvolvedRawTypes()) {
						if (internal.test(involved)) {
							shown = true;
							events.add(SimpleConditionEvent.satisfied(member, member.getFullName() + " shows "
									+ involved.getName() + " " + member.getSourceCodeLocation()));
						}
					}
				}
				if (!shown) {
					events.add(SimpleConditionEvent.violated(member, member.getFullName() + " shows no internal type"));
				}
			}
		};
	}

}
