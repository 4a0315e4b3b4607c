package io.ormdantic.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.ormdantic.Ormdantic;
import io.ormdantic.Query;
import io.ormdantic.benchmarks.Models.Account;
import io.ormdantic.benchmarks.SpringDataEntities.AccountEntity;
import io.ormdantic.testsupport.StatementCounter;
import io.ormdantic.testsupport.TestDatabase;
import io.r2dbc.spi.ConnectionFactories;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * What {@link UpdateVersionedBenchmark} measures, without JMH and without timing: each implementation's call really
 * updates one row under its version and counts the version up in the database, taking turns never makes one of them
 * stale, a stale version fails every one of them, and the hand-written code sends Ormdantic's statement. H2 always;
 * PostgreSQL and MariaDB when their URL is set, as {@code ratios.sh} runs them (with {@code CI=true}, a missing URL
 * fails instead of skipping).
 */
class UpdateVersionedBenchmarkTests {

	private final UpdateVersionedBenchmark benchmark = new UpdateVersionedBenchmark();

	private BenchState state;

	@AfterEach
	void close() {
		if (this.state != null) {
			this.state.close();
		}
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "h2", "postgres", "mariadb" })
	void theTrialsCheckPassesAndLeavesEveryAccountAsInserted(String db) {
		open(db);

		this.benchmark.checkSameAnswers(this.state);

		assertThat(rows()).as("filled again after the check's runs").isEqualTo(asInserted());
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "h2", "postgres", "mariadb" })
	void eachImplementationCountsTheVersionOfTheRowUpInTheDatabase(String db) {
		open(db);
		for (String name : Comparison.IMPLEMENTATIONS) {
			this.state.restart();
			Account first = this.state.data.accounts.get(0);

			Object answer = call(name);

			assertThat(version(answer)).as(name + "'s answer").isEqualTo(2);
			Map<UUID, Account> rows = rows();
			assertThat(rows.get(first.id())).as(name + ": the row in the database")
				.isEqualTo(new Account(first.id(), first.owner(), first.balance() + 1, 2));
			// Only that row changed.
			Map<UUID, Account> others = asInserted();
			others.remove(first.id());
			assertThat(rows).as(name).containsAllEntriesOf(others).hasSize(DataSet.ACCOUNTS);
		}
	}

	/**
	 * Turns as {@code interleaved} gives them, of calls enough to go round all accounts more than twice. A row's next
	 * update comes 300 calls, 12 iterations, later, always in another implementation's turn
	 * ({@code implementation(i + 12)} is one after {@code implementation(i)}): each update expects the version another
	 * implementation's update left, none is stale, and the database ends with exactly the updates made.
	 */
	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "h2", "postgres", "mariadb" })
	void takingTurnsOnTheSameRowsNeverMakesAnUpdateStale(String db) {
		open(db);
		this.benchmark.checkSameAnswers(this.state);
		int callsPerIteration = 25;
		int iterations = 3 * 9;
		for (int iteration = 0; iteration < iterations; iteration++) {
			int implementation = Comparison.implementation(iteration);
			for (int call = 0; call < callsPerIteration; call++) {
				call(Comparison.IMPLEMENTATIONS.get(implementation));
			}
		}

		int calls = callsPerIteration * iterations;
		Map<UUID, Account> rows = rows();
		List<Account> inserted = this.state.data.accounts;
		for (int index = 0; index < inserted.size(); index++) {
			Account account = inserted.get(index);
			int updates = calls / inserted.size() + (index < calls % inserted.size() ? 1 : 0);
			assertThat(rows.get(account.id())).as("account %d", index)
				.isEqualTo(new Account(account.id(), account.owner(), account.balance() + updates, 1 + updates));
		}
		assertThat(calls).as("every row updated at least twice").isGreaterThan(2 * inserted.size());
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "h2", "postgres", "mariadb" })
	void aStaleVersionFailsEveryImplementationAndChangesNothing(String db) {
		open(db);
		Account first = this.state.data.accounts.get(0);
		// Another writer updates the first account behind the benchmark's back.
		Account other = this.state.accounts.update(new Account(first.id(), "another writer", 7, 1)).block();
		assertThat(other.version()).isEqualTo(2);

		for (String name : Comparison.IMPLEMENTATIONS) {
			// Back to the first account; no account was updated through the benchmark, so none is filled again.
			this.state.restart();
			assertThatThrownBy(() -> call(name)).as(name).isInstanceOf(OptimisticLockingFailureException.class);
		}

		assertThat(rows().get(first.id())).isEqualTo(other);
	}

	/** The hand-written update sends exactly the statement Ormdantic sends, on each database. */
	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "h2", "postgres", "mariadb" })
	void theHandwrittenUpdateSendsOrmdanticsStatement(String db) {
		open(db);
		BenchDatabase database = BenchDatabase.of(db);
		StatementCounter counter = new StatementCounter(ConnectionFactories.get(database.url()));
		Account first = this.state.data.accounts.get(0);
		try (Ormdantic ormdantic = Ormdantic.create(counter).register(Account.class)) {
			Account updated = ormdantic.table(Account.class)
				.update(new Account(first.id(), first.owner(), first.balance() + 1, 1))
				.block();
			List<String> ormdanticStatements = counter.statements();
			counter.reset();
			assertThat(new Handwritten(database, counter).update(updated).block().version()).isEqualTo(3);

			assertThat(counter.statements()).hasSize(1).isEqualTo(ormdanticStatements);
		}
	}

	/** One call of the benchmark method of an implementation, as JMH makes it. */
	private Object call(String implementation) {
		return switch (implementation) {
			case "ormdantic" -> this.benchmark.ormdantic(this.state);
			case "handwritten" -> this.benchmark.handwritten(this.state);
			case "springData" -> this.benchmark.springData(this.state);
			default -> throw new IllegalArgumentException(implementation);
		};
	}

	private void open(String db) {
		BenchDatabase database = BenchDatabase.of(db);
		if (database != BenchDatabase.H2 && !TestDatabase.isCi()) {
			// Outside CI a server database runs only when its URL is set; in CI, BenchDatabase fails without it.
			try {
				database.url();
			}
			catch (IllegalStateException ex) {
				Assumptions.abort(ex.getMessage());
			}
		}
		this.state = new BenchState();
		this.state.db = db;
		this.state.open();
	}

	/** The accounts as the database holds them, by key. */
	private Map<UUID, Account> rows() {
		return this.state.accounts.stream(Query.all())
			.collect(Collectors.toMap(Account::id, Function.identity()))
			.block();
	}

	private Map<UUID, Account> asInserted() {
		return this.state.data.accounts.stream()
			.collect(Collectors.toMap(Account::id, Function.identity(), (a, b) -> a, HashMap::new));
	}

	private static long version(Object answer) {
		return answer instanceof AccountEntity entity ? entity.version() : ((Account) answer).version();
	}
}
