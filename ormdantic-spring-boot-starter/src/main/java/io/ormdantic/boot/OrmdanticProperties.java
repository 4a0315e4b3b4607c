package io.ormdantic.boot;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import io.ormdantic.SchemaMode;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.DeprecatedConfigurationProperty;

/**
 * Configuration of the Ormdantic starter, bound from {@code ormdantic.*}.
 */
@ConfigurationProperties("ormdantic")
public class OrmdanticProperties {

	/**
	 * R2DBC URL of the database, from which Spring Boot builds the pooled ConnectionFactory (spring.r2dbc.pool.*
	 * applies). Connection details from a @ServiceConnection, Docker Compose or an R2dbcConnectionDetails bean take
	 * precedence; without any, an existing ConnectionFactory bean is used, else Boot's embedded H2 database.
	 */
	private String connection;

	/**
	 * R2DBC URLs of read replicas of the database, each pooled as Boot pools the primary (spring.r2dbc.pool.*). Reads
	 * outside a transaction or in a read-only one go to a healthy replica in turn; writes, reads in a read-write
	 * transaction and Query.onPrimary() reads go to the primary, as do all reads while no replica is healthy.
	 */
	private List<String> replicas = new ArrayList<>();

	/** What to do to the schema at startup: create | update | drop-create | validate | none. */
	private @Nullable SchemaMode schema;

	/** Packages scanned for @Table models; defaults to the application's auto-configuration packages. */
	private List<String> packages = new ArrayList<>();

	/** Longest a statement may run before the server stops it (QueryTimeoutException); by default no limit. */
	private @Nullable Duration statementTimeout;

	/** Retries of transient failures (deadlocks, serialization failures, connections lost before commit). */
	private final Retry retry = new Retry();

	/** Deprecated: the connection pool is Spring Boot's, set with spring.r2dbc.pool.*. */
	private final Pool pool = new Pool();

	/** The R2DBC URL of the database, or null. */
	public String getConnection() {
		return this.connection;
	}

	/** Sets the R2DBC URL of the database. */
	public void setConnection(String connection) {
		this.connection = connection;
	}

	/** The R2DBC URLs of the read replicas; empty for none. */
	public List<String> getReplicas() {
		return this.replicas;
	}

	/** Sets the R2DBC URLs of the read replicas. */
	public void setReplicas(List<String> replicas) {
		this.replicas = replicas;
	}

	/** The schema mode set, or null when it is left to the default ({@link SchemaModeDefault}). */
	public @Nullable SchemaMode getSchema() {
		return this.schema;
	}

	/** Sets the schema mode; null leaves it to the default. */
	public void setSchema(@Nullable SchemaMode schema) {
		this.schema = schema;
	}

	/** The packages scanned for models; empty means the auto-configuration packages. */
	public List<String> getPackages() {
		return this.packages;
	}

	/** Sets the packages scanned for models. */
	public void setPackages(List<String> packages) {
		this.packages = packages;
	}

	/** The statement timeout, or null for none. */
	public @Nullable Duration getStatementTimeout() {
		return this.statementTimeout;
	}

	/** Sets the statement timeout; null for none. */
	public void setStatementTimeout(@Nullable Duration statementTimeout) {
		this.statementTimeout = statementTimeout;
	}

	/** The retry settings. */
	public Retry getRetry() {
		return this.retry;
	}

	/** The deprecated connection pool settings, applied to Boot's pool where spring.r2dbc.pool.* does not say. */
	public Pool getPool() {
		return this.pool;
	}

	/**
	 * How transient failures are retried: reads and Ormdantic's own transactions, never inside the caller's
	 * transaction.
	 */
	public static class Retry {

		/** Attempts in all, the first included (1: never retried). */
		private int maxAttempts = 3;

		/** Wait before the first retry; each next wait doubles, with jitter. */
		private Duration backoff = Duration.ofMillis(50);

		/** The attempts in all. */
		public int getMaxAttempts() {
			return this.maxAttempts;
		}

		/** Sets the attempts in all. */
		public void setMaxAttempts(int maxAttempts) {
			this.maxAttempts = maxAttempts;
		}

		/** The wait before the first retry. */
		public Duration getBackoff() {
			return this.backoff;
		}

		/** Sets the wait before the first retry. */
		public void setBackoff(Duration backoff) {
			this.backoff = backoff;
		}

	}

	/**
	 * Settings of the connection pool from before Spring Boot built it; each is applied to Boot's pool unless the
	 * matching {@code spring.r2dbc.pool.*} property is set.
	 */
	public static class Pool {

		/** Maximum number of connections in the pool. */
		private @Nullable Integer maxSize;

		/** How long a connection may stay idle in the pool before it is closed. */
		private @Nullable Duration maxIdleTime;

		/**
		 * The maximum number of connections, or null when not set.
		 *
		 * @deprecated use {@code spring.r2dbc.pool.max-size}
		 */
		@Deprecated(since = "0.1.0")
		@DeprecatedConfigurationProperty(replacement = "spring.r2dbc.pool.max-size", since = "0.1.0",
				reason = "Spring Boot builds the connection pool")
		public @Nullable Integer getMaxSize() {
			return this.maxSize;
		}

		/**
		 * Sets the maximum number of connections.
		 *
		 * @deprecated use {@code spring.r2dbc.pool.max-size}
		 */
		@Deprecated(since = "0.1.0")
		public void setMaxSize(@Nullable Integer maxSize) {
			this.maxSize = maxSize;
		}

		/**
		 * How long a connection may stay idle in the pool, or null when not set.
		 *
		 * @deprecated use {@code spring.r2dbc.pool.max-idle-time}
		 */
		@Deprecated(since = "0.1.0")
		@DeprecatedConfigurationProperty(replacement = "spring.r2dbc.pool.max-idle-time", since = "0.1.0",
				reason = "Spring Boot builds the connection pool")
		public @Nullable Duration getMaxIdleTime() {
			return this.maxIdleTime;
		}

		/**
		 * Sets how long a connection may stay idle.
		 *
		 * @deprecated use {@code spring.r2dbc.pool.max-idle-time}
		 */
		@Deprecated(since = "0.1.0")
		public void setMaxIdleTime(@Nullable Duration maxIdleTime) {
			this.maxIdleTime = maxIdleTime;
		}

	}

}
