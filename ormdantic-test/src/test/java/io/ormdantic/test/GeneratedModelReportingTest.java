package io.ormdantic.test;

import java.util.concurrent.atomic.AtomicReference;

import io.ormdantic.test.fixtures.Coffee;
import io.ormdantic.test.fixtures.Flavor;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;
import org.opentest4j.AssertionFailedError;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

/**
 * A failing test reports its seed in the failure message, the seed replays it, and misuse fails clearly. The
 * test classes below run only through the {@link EngineTestKit} (Surefire skips nested classes).
 */
class GeneratedModelReportingTest {

	private static final AtomicReference<Object> generated = new AtomicReference<>();

	@Test
	void failureMessageNamesTheSeedAndKeepsTheAssertion() {
		Throwable failure = singleFailure(run(FailingAssertion.class, null));
		String seed = seedIn(failure.getMessage());
		assertThat(failure.getMessage()).startsWith("always ==> expected: <1> but was: <2> [ormdantic.generator.seed=");
		assertThat(failure).isInstanceOf(AssertionFailedError.class);
		assertThat(((AssertionFailedError) failure).getExpected().getValue()).isEqualTo(1);
		assertThat(failure.getCause()).isInstanceOf(AssertionFailedError.class).hasMessage("always ==> expected: <1> but was: <2>");
		assertThat(generated.get()).isEqualTo(Generator.of(Coffee.class).seed(Long.parseLong(seed)).generate());
	}

	@Test
	void configuredSeedReplaysTheTest() {
		Throwable failure = singleFailure(run(FailingAssertion.class, "1234"));
		assertThat(failure.getMessage()).endsWith("[ormdantic.generator.seed=1234]");
		assertThat(generated.get()).isEqualTo(Generator.of(Coffee.class).seed(1234).generate());
	}

	@Test
	void errorsOtherThanAssertionsNameTheSeedToo() {
		Throwable failure = singleFailure(run(FailingWithError.class, "99"));
		assertThat(failure.getMessage()).isEqualTo("java.lang.IllegalStateException: broken [ormdantic.generator.seed=99]");
		assertThat(failure.getCause()).isInstanceOf(IllegalStateException.class);
	}

	@Test
	void generatorsInsideTheTestDrawFromTheTestSeed() {
		Throwable failure = singleFailure(run(FailingWithGenerator.class, "77"));
		assertThat(failure.getMessage()).endsWith("[ormdantic.generator.seed=77]");
		assertThat(generated.get()).isEqualTo(Generator.of(Flavor.class).seed(77).generate());
	}

	@Test
	void abortedTestsStayAborted() {
		EngineExecutionResults results = run(Aborted.class, null);
		assertThat(results.testEvents().aborted().count()).isEqualTo(1);
		assertThat(results.testEvents().failed().count()).isZero();
	}

	@Test
	void persistWithoutSpringFailsSayingWhatIsMissing() {
		Throwable failure = singleFailure(run(PersistWithoutSpring.class, null));
		assertThat(failure).hasMessageContaining("@GeneratedModel(persist = true) on parameter 'coffee'")
			.hasMessageContaining("PersistWithoutSpring has no Spring context")
			.hasMessageContaining("annotate the test class with @SpringBootTest (or @ExtendWith(SpringExtension.class))");
	}

	@Test
	void sizeOnANonListParameterIsAnError() {
		Throwable failure = singleFailure(run(SizeWithoutList.class, null));
		assertThat(failure).hasMessageContaining("size applies to List<T> parameters only");
	}

	private static EngineExecutionResults run(Class<?> testClass, String seed) {
		generated.set(null);
		EngineTestKit.Builder builder = EngineTestKit.engine("junit-jupiter").selectors(selectClass(testClass));
		if (seed != null) {
			builder.configurationParameter("ormdantic.generator.seed", seed);
		}
		return builder.execute();
	}

	private static Throwable singleFailure(EngineExecutionResults results) {
		assertThat(results.testEvents().failed().count()).isEqualTo(1);
		Event failed = results.testEvents().failed().list().get(0);
		return failed.getPayload(org.junit.platform.engine.TestExecutionResult.class).orElseThrow().getThrowable().orElseThrow();
	}

	private static String seedIn(String message) {
		return message.replaceAll("(?s).*\\[ormdantic\\.generator\\.seed=(-?\\d+)]$", "$1");
	}

	static class FailingAssertion {

		@Test
		void fails(@GeneratedModel Coffee coffee) {
			generated.set(coffee);
			assertEquals(1, 2, "always");
		}
	}

	static class FailingWithError {

		@Test
		void fails(@GeneratedModel Flavor flavor) {
			throw new IllegalStateException("broken");
		}
	}

	static class FailingWithGenerator {

		@Test
		void fails(@GeneratedModel(seed = 5) Coffee fixed) {
			generated.set(Generator.generate(Flavor.class));
			throw new AssertionError("no");
		}
	}

	static class Aborted {

		@Test
		void aborts(@GeneratedModel Flavor flavor) {
			Assumptions.abort("not today");
		}
	}

	static class PersistWithoutSpring {

		@Test
		void persists(@GeneratedModel(persist = true) Coffee coffee) {
		}
	}

	static class SizeWithoutList {

		@Test
		void sized(@GeneratedModel(size = 3) Coffee coffee) {
		}
	}
}
