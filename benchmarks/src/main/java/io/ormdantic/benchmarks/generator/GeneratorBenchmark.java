package io.ormdantic.benchmarks.generator;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import io.ormdantic.test.Generator;
import org.instancio.Instancio;
import org.instancio.Model;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Generating one 20-field record: Ormdantic's {@link Generator} (seeded once, so each call continues one random
 * sequence) against {@link Instancio#create(Class)}, the best-known Java fixture library.
 *
 * <pre>
 * mvn -B -q -pl benchmarks -am package -DskipTests
 * java -jar benchmarks/target/benchmarks.jar GeneratorBenchmark -f 1 -wi 2 -i 3 -w 2 -r 3
 * </pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 3)
@Fork(1)
public class GeneratorBenchmark {

	private Generator<Order> generator;

	private Model<Order> instancioModel;

	/** Builds the generator once: its per-type analysis is part of setup, as in a test suite. */
	@Setup
	public void setUp() {
		this.generator = Generator.of(Order.class).seed(42);
		this.instancioModel = Instancio.of(Order.class).toModel();
	}

	/** One record from Ormdantic's generator. */
	@Benchmark
	public Order ormdantic() {
		return this.generator.generate();
	}

	/** One record from Instancio. */
	@Benchmark
	public Order instancio() {
		return Instancio.create(Order.class);
	}

	/** One record from Instancio, its settings prepared once in a {@link Model}: its fastest documented use. */
	@Benchmark
	public Order instancioModel() {
		return Instancio.create(this.instancioModel);
	}

	/** The record both libraries fill: the column types a table model typically holds. */
	public record Order(UUID id, String customer, String note, int quantity, Integer table, long sequence,
			Long loyaltyPoints, double total, Double tip, float discount, short priority, boolean paid,
			Boolean takeaway, BigDecimal tax, LocalDate date, LocalDateTime placedAt, Instant servedAt,
			LocalTime pickupTime, Duration preparation, Status status) {

		/** An enum column. */
		public enum Status {

			PLACED, BREWING, SERVED, PAID
		}
	}
}
