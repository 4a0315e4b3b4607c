package io.ormdantic.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.StringJoiner;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openjdk.jmh.runner.BenchmarkList;
import org.openjdk.jmh.runner.BenchmarkListEntry;
import org.openjdk.jmh.runner.format.OutputFormat;
import org.openjdk.jmh.runner.format.OutputFormatFactory;
import org.openjdk.jmh.runner.options.VerboseMode;

/**
 * The argument handling of {@code ratios.sh}: every command the benchmarks README documents, run with
 * {@code --dry-run}, which prints the JMH command lines and the files a run would write without building or running
 * anything; and, in a copy of the script beside a stand-in {@code java}, the default run itself (issue 12: it exited
 * with status 1 before doing anything).
 */
class RatiosShTests {

	private static final String POSTGRES_URL = "ORMDANTIC_TEST_POSTGRES_URL";

	private static final String MYSQL_URL = "ORMDANTIC_TEST_MYSQL_URL";

	private static final String INTERLEAVED = "'^io\\.ormdantic\\.benchmarks\\.[A-Za-z0-9]+Benchmark\\.interleaved$'";

	private static final String SEPARATE = "'^io\\.ormdantic\\.benchmarks\\.[A-Za-z0-9]+Benchmark\\.(ormdantic|handwritten|springData)$'";

	/** Surefire runs in the module's directory, where ratios.sh is; the repository root is its parent. */
	private static final Path MODULE;

	private static final Path ROOT;

	static {
		try {
			MODULE = Path.of("").toRealPath();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		ROOT = MODULE.getParent();
	}

	private static final Path TARGET = ROOT.resolve("benchmarks/target");

	private static final String JAR = shellWord(TARGET.resolve("benchmarks.jar").toString());

	@Test
	void theDefaultRunIsTheShortProfileTakingTurnsOnH2IntoTargetJmhShortJson() throws Exception {
		// As the README types it: from the repository's root, the script run as a program.
		Result result = run(ROOT, List.of("benchmarks/ratios.sh", "--dry-run"), Map.of());

		assertThat(result.exitCode()).as(result.stderr()).isZero();
		assertThat(result.lines("run: ")).containsExactly("java -jar " + JAR + " " + INTERLEAVED
				+ " -f 2 -wi 9 -w 1s -i 9 -r 1s -gc true -p db=h2 -foe true -rf json -rff "
				+ shellWord(TARGET.resolve("jmh-short-h2.json").toString()) + " -o "
				+ shellWord(TARGET.resolve("jmh-short-h2.log").toString()));
		assertThat(result.lines("write: ")).containsExactly(TARGET.resolve("jmh-short-h2.json").toString(),
				TARGET.resolve("jmh-short-h2.log").toString(), TARGET.resolve("jmh-short.json").toString());
		assertThat(result.lines("parse: ")).containsExactly(TARGET.resolve("jmh-short.json").toString());
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			--full               | interleaved | -f 3 -wi 12 -w 1s -i 27 -r 1s -gc true | jmh-full
			--separate           | separate    | -f 1 -wi 3 -w 2s -i 5 -r 1s -gc true   | jmh-short-separate
			--separate --full    | separate    | -f 2 -wi 5 -w 2s -i 10 -r 2s -gc true  | jmh-full-separate
			--full --separate    | separate    | -f 2 -wi 5 -w 2s -i 10 -r 2s -gc true  | jmh-full-separate
			""")
	void eachProfileHasItsIterationsBenchmarksAndResultsFile(String options, String mode, String iterations,
			String results) throws Exception {
		List<String> arguments = new ArrayList<>(List.of(options.split(" ")));
		arguments.add("--dry-run");

		Result result = run(Map.of(), arguments.toArray(String[]::new));

		assertThat(result.exitCode()).as(result.stderr()).isZero();
		String part = TARGET.resolve(results + "-h2.json").toString();
		assertThat(result.lines("run: ")).singleElement()
			.asString()
			.startsWith("java -jar " + JAR + " " + (mode.equals("separate") ? SEPARATE : INTERLEAVED) + " "
					+ iterations + " -p db=h2 ")
			.endsWith(" -rff " + shellWord(part) + " -o " + shellWord(part.replace(".json", ".log")));
		assertThat(result.lines("write: ")).endsWith(TARGET.resolve(results + ".json").toString());
		assertThat(result.lines("parse: ")).containsExactly(TARGET.resolve(results + ".json").toString());
	}

	@Test
	void theServerDatabasesRunWhenTheirUrlIsSet() throws Exception {
		assertThat(databases(run(Map.of(), "--dry-run"))).containsExactly("h2");
		assertThat(databases(run(Map.of(POSTGRES_URL, "r2dbc:postgresql://p/test"), "--dry-run")))
			.containsExactly("h2", "postgres");
		assertThat(databases(run(Map.of(MYSQL_URL, "r2dbc:mysql://m/test"), "--dry-run"))).containsExactly("h2",
				"mariadb");

		Result both = run(Map.of(POSTGRES_URL, "r2dbc:postgresql://p/test", MYSQL_URL, "r2dbc:mysql://m/test"),
				"--dry-run");
		assertThat(databases(both)).containsExactly("h2", "postgres", "mariadb");
		assertThat(both.lines("write: ")).containsExactly(TARGET.resolve("jmh-short-h2.json").toString(),
				TARGET.resolve("jmh-short-h2.log").toString(), TARGET.resolve("jmh-short-postgres.json").toString(),
				TARGET.resolve("jmh-short-postgres.log").toString(),
				TARGET.resolve("jmh-short-mariadb.json").toString(),
				TARGET.resolve("jmh-short-mariadb.log").toString(), TARGET.resolve("jmh-short.json").toString());
	}

	@Test
	void dbChoosesTheDatabasesAndResultsNamesTheMergedFileWithOnePerDatabaseBesideIt(@TempDir Path dir)
			throws Exception {
		Path merged = dir.resolve("out/ratios.json");

		// Both URLs set: --db, not the environment, decides.
		Result result = run(Map.of(POSTGRES_URL, "r2dbc:postgresql://p/test", MYSQL_URL, "r2dbc:mysql://m/test"),
				"--db", "h2,postgres", "--results", merged.toString(), "--dry-run");

		assertThat(result.exitCode()).as(result.stderr()).isZero();
		assertThat(databases(result)).containsExactly("h2", "postgres");
		assertThat(result.lines("run: ")).allSatisfy(line -> assertThat(line).contains(" -f 2 -wi 9 -w 1s -i 9 "))
			.anySatisfy(line -> assertThat(line).endsWith(" -rff " + shellWord(dir.resolve("out/ratios-postgres.json")
				.toString()) + " -o " + shellWord(dir.resolve("out/ratios-postgres.log").toString())));
		assertThat(result.lines("write: ")).containsExactly(dir.resolve("out/ratios-h2.json").toString(),
				dir.resolve("out/ratios-h2.log").toString(), dir.resolve("out/ratios-postgres.json").toString(),
				dir.resolve("out/ratios-postgres.log").toString(), merged.toString());
		assertThat(result.lines("parse: ")).containsExactly(merged.toString());
		try (Stream<Path> files = Files.list(dir)) {
			assertThat(files).as("a dry run writes nothing").isEmpty();
		}
	}

	/** The full run of the README's result tables. */
	@Test
	void theReadmesFullRunOnEveryDatabaseWithTables() throws Exception {
		Result result = run(Map.of(POSTGRES_URL, "r2dbc:postgresql://p/test", MYSQL_URL, "r2dbc:mysql://m/test"),
				"--full", "--db", "h2,postgres,mariadb", "--markdown", "--dry-run");

		assertThat(result.exitCode()).as(result.stderr()).isZero();
		assertThat(databases(result)).containsExactly("h2", "postgres", "mariadb");
		assertThat(result.lines("run: "))
			.allSatisfy(line -> assertThat(line).contains(INTERLEAVED + " -f 3 -wi 12 -w 1s -i 27 -r 1s -gc true "));
		assertThat(result.lines("parse: ")).containsExactly(TARGET.resolve("jmh-full.json") + " --markdown");
	}

	/**
	 * What a run selects is what JMH finds in the jar's benchmark list with the run's own pattern: the interleaved
	 * method (or, with {@code --separate}, the three single ones) of every comparison, the versioned update's among
	 * them (issue 14), and nothing else; and the reading of the results has goals for every one of them, so that no
	 * comparison is measured and then left out of the lines.
	 */
	@Test
	void everyComparisonIsSelectedByTheRunsPatternAndReadWithItsGoals(@TempDir Path dir) throws Exception {
		BenchmarkList jar = BenchmarkList.defaultList();
		OutputFormat silent = OutputFormatFactory.createFormatInstance(System.out, VerboseMode.SILENT);
		SortedSet<String> comparisons = new TreeSet<>();
		for (BenchmarkListEntry entry : jar.getAll(silent, List.of())) {
			if (Comparison.class.isAssignableFrom(Class.forName(entry.getUserClassQName()))) {
				comparisons.add(entry.getUserClassQName());
			}
		}
		assertThat(comparisons).contains("io.ormdantic.benchmarks.UpdateVersionedBenchmark")
			.contains("io.ormdantic.benchmarks.FindOneBenchmark");

		for (String options : List.of("--dry-run", "--separate --dry-run")) {
			List<String> methods = options.contains("--separate") ? List.of("ormdantic", "handwritten", "springData")
					: List.of("interleaved");
			String pattern = pattern(run(Map.of(), options.split(" ")));
			Set<String> selected = new TreeSet<>();
			for (BenchmarkListEntry entry : jar.find(silent, List.of(pattern), List.of())) {
				selected.add(entry.getUsername());
			}
			assertThat(selected).as(options)
				.containsExactlyInAnyOrderElementsOf(comparisons.stream()
					.flatMap(comparison -> methods.stream().map(method -> comparison + "." + method))
					.toList());
		}

		StringJoiner entries = new StringJoiner(",\n", "[", "]");
		for (String comparison : comparisons) {
			entries.add("""
					{"benchmark": "%s.interleaved", "params": {"db": "h2"},
					 "primaryMetric": {"score": 0, "scoreError": 0, "rawData": [[950, 1000, 300, 1000, 300, 950, 300, 950, 1000]]}}
					""".formatted(comparison));
		}
		Path results = Files.writeString(dir.resolve("jmh.json"), entries.toString());
		Result parsed = run(Map.of(), "--parse", results.toString());
		assertThat(parsed.exitCode()).as(parsed.stderr()).isZero();
		for (String comparison : comparisons) {
			String name = comparison.substring(comparison.lastIndexOf('.') + 1).replace("Benchmark", "");
			String operation = Character.toLowerCase(name.charAt(0)) + name.substring(1);
			assertThat(parsed.stdout()).as(operation)
				.anySatisfy(line -> assertThat(line).startsWith(operation + "[h2]: ormdantic/handwritten = 0.95 "))
				.anySatisfy(line -> assertThat(line).startsWith(operation + "[h2]: ormdantic/springdata = 3.17 "));
		}
		assertThat(parsed.stdout()).contains("updateVersioned[h2]: ormdantic/handwritten = 0.95 ±n/a (goal >= 0.90) PASS",
				"updateVersioned[h2]: ormdantic/springdata = 3.17 ±n/a (goal >= 1.00) PASS");
	}

	/** The benchmark pattern of a dry run's single JMH command line, as JMH receives it (unquoted). */
	private static String pattern(Result result) {
		assertThat(result.exitCode()).as(result.stderr()).isZero();
		String prefix = "java -jar " + JAR + " ";
		assertThat(result.lines("run: ")).singleElement().asString().startsWith(prefix);
		String rest = result.lines("run: ").get(0).substring(prefix.length());
		String word = rest.substring(0, rest.indexOf(' '));
		return word.startsWith("'") ? word.substring(1, word.length() - 1) : word;
	}

	@Test
	void markdownAndStrictReachTheReadingOfTheResults() throws Exception {
		Result result = run(Map.of(), "--markdown", "--strict", "--dry-run");

		assertThat(result.exitCode()).as(result.stderr()).isZero();
		assertThat(result.lines("parse: "))
			.containsExactly(TARGET.resolve("jmh-short.json") + " --markdown --strict");
		assertThat(run(Map.of(), "--strict", "--dry-run").lines("parse: "))
			.containsExactly(TARGET.resolve("jmh-short.json") + " --strict");
	}

	@Test
	void parseReadsAnEarlierRunAndRunsNothing() throws Exception {
		Result result = run(Map.of(), "--parse", "earlier.json", "--markdown", "--dry-run");

		assertThat(result.exitCode()).as(result.stderr()).isZero();
		assertThat(result.stdout()).containsExactly("parse: earlier.json --markdown");
	}

	@Test
	void everythingAfterTwoDashesGoesToJmhAsItIs() throws Exception {
		Result gc = run(Map.of(), "--dry-run", "--", "-prof", "gc");
		assertThat(gc.exitCode()).as(gc.stderr()).isZero();
		assertThat(gc.lines("run: ")).singleElement()
			.asString()
			.endsWith(" -o " + shellWord(TARGET.resolve("jmh-short-h2.log").toString()) + " -prof gc");

		// A word the shell would split is printed quoted, so the line can be pasted into a shell.
		Result jfr = run(Map.of(), "--separate", "--dry-run", "--", "-prof", "jfr:dir=/tmp/jfr;configName=profile",
				"--full");
		assertThat(jfr.exitCode()).as(jfr.stderr()).isZero();
		assertThat(jfr.lines("run: ")).singleElement()
			.asString()
			.contains(" -f 1 -wi 3 ")
			.endsWith(" -prof 'jfr:dir=/tmp/jfr;configName=profile' --full");
		assertThat(jfr.lines("parse: ")).containsExactly(TARGET.resolve("jmh-short-separate.json").toString());
	}

	@Test
	void anUnknownOptionExitsWithStatusTwoAndTheUsage() throws Exception {
		Result result = run(Map.of(), "--dry-run", "--fulll");

		assertThat(result.exitCode()).isEqualTo(2);
		assertThat(result.stdout()).isEmpty();
		assertThat(result.stderr()).startsWith("Unknown option: --fulll\n").contains("Usage: benchmarks/ratios.sh");
	}

	@Test
	void anOptionMissingItsValueExitsWithStatusTwoInsteadOfTakingTheNextOption() throws Exception {
		for (String option : List.of("--db", "--results", "--parse")) {
			Result last = run(Map.of(), "--dry-run", option);
			assertThat(last.exitCode()).as(option + " last").isEqualTo(2);
			assertThat(last.stderr()).startsWith(option + " needs a value\n").contains("Usage: benchmarks/ratios.sh");

			// Not taken as the value (ratios.sh --results --dry-run would start a real run). The first --dry-run keeps
			// a script that took it from running anything.
			Result beforeOption = run(Map.of(), "--dry-run", option, "--dry-run");
			assertThat(beforeOption.exitCode()).as(option + " --dry-run").isEqualTo(2);
			assertThat(beforeOption.stdout()).isEmpty();
		}
	}

	@Test
	void anUnknownDatabaseExitsWithStatusTwo() throws Exception {
		Result result = run(Map.of(), "--db", "h2,oracle", "--dry-run");

		assertThat(result.exitCode()).isEqualTo(2);
		assertThat(result.stdout()).isEmpty();
		assertThat(result.stderr()).startsWith("Unknown database 'oracle' in --db h2,oracle");
	}

	@Test
	void aServerDatabaseWithoutItsUrlExitsWithStatusTwoNamingTheVariable() throws Exception {
		Result postgres = run(Map.of(), "--db", "h2,postgres", "--dry-run");
		assertThat(postgres.exitCode()).isEqualTo(2);
		assertThat(postgres.stdout()).isEmpty();
		assertThat(postgres.stderr()).contains(POSTGRES_URL);

		Result mariadb = run(Map.of(POSTGRES_URL, "r2dbc:postgresql://p/test"), "--db", "mariadb", "--dry-run");
		assertThat(mariadb.exitCode()).isEqualTo(2);
		assertThat(mariadb.stderr()).contains(MYSQL_URL);
	}

	@Test
	void helpPrintsTheUsageAndExitsWithStatusZero() throws Exception {
		for (String help : List.of("--help", "-h")) {
			Result result = run(Map.of(), help);
			assertThat(result.exitCode()).as(help).isZero();
			assertThat(String.join("\n", result.stdout())).startsWith("Usage: benchmarks/ratios.sh")
				.contains("--dry-run")
				.contains("--separate");
			assertThat(result.lines("run: ")).isEmpty();
		}
	}

	/**
	 * In a copy of the repository's layout without a jar, a dry run names the build it would do, and builds nothing;
	 * once the jar is newer than the sources, it names none.
	 */
	@Test
	void aDryRunNamesTheBuildOnlyWhenTheJarIsMissingOrStale(@TempDir Path dir) throws Exception {
		Path copy = layOut(dir.toRealPath());

		Result missing = run(copy, Map.of(), "--dry-run");
		assertThat(missing.exitCode()).as(missing.stderr()).isZero();
		assertThat(missing.stdout().get(0)).isEqualTo("build: cd " + shellWord(dir.toRealPath().toString())
				+ " && mvn -B -q -pl benchmarks -am package -DskipTests");
		assertThat(dir.resolve("benchmarks/target")).as("a dry run builds nothing").doesNotExist();

		Path jar = Files.createDirectories(dir.resolve("benchmarks/target")).resolve("benchmarks.jar");
		Files.writeString(jar, "jar");
		Files.setLastModifiedTime(jar, FileTime.from(Instant.now().plusSeconds(60)));
		Result fresh = run(copy, Map.of(), "--dry-run");
		assertThat(fresh.exitCode()).as(fresh.stderr()).isZero();
		assertThat(fresh.lines("build: ")).isEmpty();
		assertThat(fresh.lines("run: ")).hasSize(1);
		try (Stream<Path> files = Files.list(jar.getParent())) {
			assertThat(files).containsExactly(jar);
		}
	}

	/**
	 * Issue 12: run without options, the script exited with status 1 before doing anything. Here it runs for real,
	 * with a stand-in {@code java} that writes one interleaved result, and prints the ratios of that result.
	 */
	@Test
	void theDefaultRunRunsJmhOncePerDatabaseAndPrintsTheRatios(@TempDir Path dir) throws Exception {
		Path root = dir.toRealPath();
		Path copy = layOut(root);
		Path jar = Files.createDirectories(root.resolve("benchmarks/target")).resolve("benchmarks.jar");
		Files.writeString(jar, "jar");
		Files.setLastModifiedTime(jar, FileTime.from(Instant.now().plusSeconds(60)));
		Path calls = root.resolve("java-calls.txt");
		Path bin = Files.createDirectories(root.resolve("bin"));
		Path java = bin.resolve("java");
		// One fork of three turns, each turn in Comparison's order (turn t starts with implementation t % 3):
		// Ormdantic at ORMDANTIC ops/s, hand-written code at 1000 and Spring Data at 300.
		Files.writeString(java, """
				#!/usr/bin/env bash
				echo "$*" >> "$CALLS"
				o=${ORMDANTIC:-950}
				while [[ $# -gt 0 ]]; do
					case "$1" in -rff) rff="$2"; shift ;; -p) db="${2#db=}"; shift ;; esac
					shift
				done
				cat > "$rff" <<JSON
				[{"benchmark": "io.ormdantic.benchmarks.FindOneBenchmark.interleaved", "params": {"db": "$db"},
				  "primaryMetric": {"score": 0, "scoreError": 0,
				    "rawData": [[$o, 1000, 300, 1000, 300, $o, 300, $o, 1000]]}}]
				JSON
				""");
		Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
		Map<String, String> environment = Map.of("PATH", bin + ":" + System.getenv("PATH"), "CALLS",
				calls.toString(), POSTGRES_URL, "r2dbc:postgresql://p/test");

		Result result = run(copy, environment);

		assertThat(result.exitCode()).as(result.stderr()).isZero();
		assertThat(result.stdout()).containsExactly(
				"findOne[h2]: ormdantic/handwritten = 0.95 ±n/a (goal >= 0.90) PASS",
				"findOne[h2]: ormdantic/springdata = 3.17 ±n/a (goal >= 1.00) PASS",
				"findOne[postgres]: ormdantic/handwritten = 0.95 ±n/a (goal >= 0.90) PASS",
				"findOne[postgres]: ormdantic/springdata = 3.17 ±n/a (goal >= 1.00) PASS", "goals: 4 met, 0 missed");
		Path target = root.resolve("benchmarks/target");
		List<String> javaCalls = Files.readAllLines(calls);
		assertThat(javaCalls).hasSize(2);
		assertThat(javaCalls.get(0)).contains(" -f 2 -wi 9 -w 1s -i 9 -r 1s -gc true -p db=h2 ")
			.endsWith(" -rff " + target.resolve("jmh-short-h2.json") + " -o " + target.resolve("jmh-short-h2.log"));
		assertThat(javaCalls.get(1)).contains(" -p db=postgres ");
		assertThat(target.resolve("jmh-short.json")).exists();
		assertThat(target.resolve("jmh-short-postgres.json")).exists();

		// --strict turns a missed goal into status 1; without it the status stays 0.
		Map<String, String> slower = new java.util.HashMap<>(environment);
		slower.put("ORMDANTIC", "800");
		Result strict = run(copy, slower, "--db", "h2", "--strict", "--", "-prof", "gc");
		assertThat(strict.exitCode()).as(strict.stderr()).isEqualTo(1);
		assertThat(strict.stdout()).contains("findOne[h2]: ormdantic/handwritten = 0.80 ±n/a (goal >= 0.90) MISS",
				"goals: 1 met, 1 missed");
		assertThat(Files.readAllLines(calls)).last().asString().endsWith(" -prof gc");
		assertThat(run(copy, slower, "--db", "h2").exitCode()).isZero();
	}

	/**
	 * Lays out under root the files whose age ratios.sh compares with the jar's, and a copy of the script; returns the
	 * copy.
	 */
	private static Path layOut(Path root) throws IOException {
		for (String directory : List.of("benchmarks/src/main/java", "ormdantic-core/src/main/java")) {
			Files.createDirectories(root.resolve(directory));
		}
		for (String file : List.of("pom.xml", "benchmarks/pom.xml", "ormdantic-core/pom.xml",
				"benchmarks/src/main/java/A.java", "ormdantic-core/src/main/java/B.java")) {
			Files.writeString(root.resolve(file), "");
		}
		return Files.copy(MODULE.resolve("ratios.sh"), root.resolve("benchmarks/ratios.sh"));
	}

	/** The databases of the JMH command lines, in order. */
	private static List<String> databases(Result result) {
		assertThat(result.exitCode()).as(result.stderr()).isZero();
		Pattern db = Pattern.compile(" -p db=(\\S+) ");
		return result.lines("run: ").stream().map(line -> {
			var matcher = db.matcher(line);
			assertThat(matcher.find()).as(line).isTrue();
			return matcher.group(1);
		}).toList();
	}

	/** A word as ratios.sh prints it in a command line: single-quoted when the shell would not take it as it is. */
	private static String shellWord(String word) {
		return word.matches("[A-Za-z0-9_@%+=:,./-]+") ? word : "'" + word.replace("'", "'\\''") + "'";
	}

	private static Result run(Map<String, String> environment, String... arguments)
			throws IOException, InterruptedException {
		return run(MODULE.resolve("ratios.sh"), environment, arguments);
	}

	/**
	 * Runs a ratios.sh with bash, without the database URLs of the environment that runs the tests and with the given
	 * variables added.
	 */
	private static Result run(Path script, Map<String, String> environment, String... arguments)
			throws IOException, InterruptedException {
		List<String> command = new ArrayList<>(List.of("bash", script.toString()));
		command.addAll(List.of(arguments));
		return run(MODULE, command, environment);
	}

	private static Result run(Path directory, List<String> command, Map<String, String> environment)
			throws IOException, InterruptedException {
		Path stderr = Files.createTempFile("ratios-sh", ".err");
		try {
			ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile())
				.redirectError(stderr.toFile());
			builder.environment().remove(POSTGRES_URL);
			builder.environment().remove(MYSQL_URL);
			builder.environment().putAll(environment);
			Process process = builder.start();
			process.getOutputStream().close();
			String stdout = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("ratios.sh ends").isTrue();
			return new Result(process.exitValue(), stdout.lines().toList(), Files.readString(stderr));
		}
		finally {
			Files.deleteIfExists(stderr);
		}
	}

	/** What a run of ratios.sh printed, and its exit status. */
	private record Result(int exitCode, List<String> stdout, String stderr) {

		/** The lines of standard output that start with the prefix, without it. */
		List<String> lines(String prefix) {
			return this.stdout.stream()
				.filter(line -> line.startsWith(prefix))
				.map(line -> line.substring(prefix.length()))
				.toList();
		}
	}
}
