package io.ormdantic.internal.execute;

import org.reactivestreams.Subscription;
import reactor.core.CoreSubscriber;
import reactor.core.publisher.Operators;
import reactor.util.context.Context;

/**
 * Passes a result's rows on until its subscriber cancels; then, instead of cancelling the query, reads the rest of the
 * result to its end and drops it, so the driver finishes with the connection before it goes back (see
 * {@code Dialect.drainsCancelledResults()}). A pass-through, without a queue: it costs a call per row.
 *
 * @param <T> the row type
 */
final class DrainingSubscriber<T> implements CoreSubscriber<T>, Subscription {

	private final CoreSubscriber<? super T> actual;

	private Subscription upstream = Operators.emptySubscription();

	private volatile boolean cancelled;

	DrainingSubscriber(CoreSubscriber<? super T> actual) {
		this.actual = actual;
	}

	@Override
	public void onSubscribe(Subscription subscription) {
		this.upstream = subscription;
		this.actual.onSubscribe(this);
	}

	@Override
	public void onNext(T row) {
		if (!this.cancelled) {
			this.actual.onNext(row);
		}
		else {
			Operators.onDiscard(row, this.actual.currentContext());
		}
	}

	@Override
	public void onError(Throwable error) {
		// After a cancel nobody listens: the end of a drained result, failed or not, is of no interest.
		if (!this.cancelled) {
			this.actual.onError(error);
		}
	}

	@Override
	public void onComplete() {
		if (!this.cancelled) {
			this.actual.onComplete();
		}
	}

	@Override
	public void request(long n) {
		this.upstream.request(n);
	}

	@Override
	public void cancel() {
		if (!this.cancelled) {
			this.cancelled = true;
			this.upstream.request(Long.MAX_VALUE);
		}
	}

	@Override
	public Context currentContext() {
		return this.actual.currentContext();
	}
}
