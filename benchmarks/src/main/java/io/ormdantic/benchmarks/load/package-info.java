/**
 * The load profile: core's load suite (JUnit tag {@code load}) run longer, printing throughput and latency percentiles.
 */
@NullMarked
package io.ormdantic.benchmarks.load;

import org.jspecify.annotations.NullMarked;
