package io.ormdantic.internal.execute;

import reactor.core.publisher.BaseSubscriber;
import reactor.core.publisher.MonoSink;
import reactor.core.publisher.Operators;
import reactor.util.context.Context;
import reactor.util.context.ContextView;

/**
 * Reads a statement's result to its end in the caller's Reactor context (so that the statement stays in the caller's
 * transaction), passing on what the caller still listens for; once it no longer listens, rows are dropped and a late
 * error has no one left to go to. The connection thus goes back only when the driver is done with it.
 *
 * @param <T> the row type
 */
abstract class ResultReader<T> extends BaseSubscriber<T> {

	private final ContextView context;

	ResultReader(ContextView context) {
		this.context = context;
	}

	@Override
	public Context currentContext() {
		return Context.of(this.context);
	}

	/** Whether the caller still takes rows, the end, or an error. */
	abstract boolean listening();

	/** Passes a row on. */
	abstract void row(T row);

	/** Passes the end of the result on. */
	abstract void end();

	/** Passes an error on. */
	abstract void failed(Throwable error);

	@Override
	protected final void hookOnNext(T row) {
		if (listening()) {
			row(row);
		}
	}

	@Override
	protected final void hookOnComplete() {
		if (listening()) {
			end();
		}
	}

	@Override
	protected final void hookOnError(Throwable error) {
		if (listening()) {
			failed(error);
		}
		else {
			Operators.onErrorDropped(error, currentContext());
		}
	}

	/** Hands the first row on as soon as it arrives, and reads the rest of the result to its end. */
	static final class HandOnFirst<T> extends ResultReader<T> {

		private final MonoSink<T> sink;

		private boolean handedOn;

		HandOnFirst(MonoSink<T> sink) {
			super(sink.contextView());
			this.sink = sink;
		}

		@Override
		boolean listening() {
			return !this.handedOn;
		}

		@Override
		void row(T row) {
			this.handedOn = true;
			this.sink.success(row);
		}

		@Override
		void end() {
			this.sink.success();
		}

		@Override
		void failed(Throwable error) {
			this.sink.error(error);
		}
	}
}
