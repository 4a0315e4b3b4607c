package io.ormdantic.benchmarks;

/**
 * update of a versioned model: one account of {@value DataSet#ACCOUNTS} (keys go round all of them), its balance one
 * higher, under the version its row holds. Ormdantic's {@code update(account)} and the hand-written code send the
 * same {@code UPDATE ... SET "owner" = ?, "balance" = ?, "version" = "version" + 1 WHERE "id" = ? AND "version" = ?}
 * and fail unless it changed one row; Spring Data's {@code update(entity)} of an entity with its own {@code @Version}
 * sets the next version as a value under the same {@code WHERE} and fails as well when no row matched.
 * <p>
 * <b>Whose version.</b> Every call takes the account's current version from {@link BenchState} and gives back the
 * version its update returned, so the next update of that row, by whichever implementation, expects what the row
 * holds. One benchmark thread makes all calls, one after the other, so what {@link BenchState} keeps is always what
 * the rows hold, and taking turns never makes an update stale: a stale one would fail the run, not measure a cheaper
 * miss. All three update the same rows rather than a range each, so the trial's check compares like with like
 * (Ormdantic and the hand-written code must answer equal accounts: same key, balance and next version), and
 * {@link BenchState#restart()} fills the accounts again at version 1 between the check's runs. A re-read of the
 * versions per trial would not do: the three take turns within one trial.
 */
public class UpdateVersionedBenchmark extends Comparison {

	/** The three implementations of the versioned update. */
	public UpdateVersionedBenchmark() {
		super(state -> {
			int account = state.nextAccount();
			return state.accounts.update(state.accountChange(account))
				.doOnNext(stored -> state.updated(account, stored.balance(), stored.version()));
		}, state -> {
			int account = state.nextAccount();
			return state.handwritten.update(state.accountChange(account))
				.doOnNext(stored -> state.updated(account, stored.balance(), stored.version()));
		}, state -> {
			int account = state.nextAccount();
			return state.springData.update(state.accountEntityChange(account))
				.doOnNext(stored -> state.updated(account, stored.balance(), stored.version()));
		});
	}
}
