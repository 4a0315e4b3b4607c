package io.ormdantic.boot;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import io.ormdantic.SchemaMode;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Configuration of the Ormdantic starter, bound from {@code ormdantic.*}.
 */
@ConfigurationProperties("ormdantic")
public class OrmdanticProperties {

	/** R2DBC URL of the database; without it an existing ConnectionFactory bean is used, else embedded H2. */
	private String connection;

	/** What to do to the schema at startup: create | update | drop-create | validate | none. */
	private @Nullable SchemaMode schema;

	/** Packages scanned for @Table models; defaults to the application's auto-configuration packages. */
	private List<String> packages = new ArrayList<>();

	/** Connection pool of the ConnectionFactory created for 'connection' or for the embedded database. */
	private final Pool pool = new Pool();

	/** The R2DBC URL of the database, or null. */
	public String getConnection() {
		return this.connection;
	}

	/** Sets the R2DBC URL of the database. */
	public void setConnection(String connection) {
		this.connection = connection;
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

	/** The connection pool settings. */
	public Pool getPool() {
		return this.pool;
	}

	/**
	 * Settings of the connection pool the starter creates.
	 */
	public static class Pool {

		/** Maximum number of connections in the pool. */
		private int maxSize = 10;

		/** How long a connection may stay idle in the pool before it is closed. */
		private Duration maxIdleTime = Duration.ofMinutes(30);

		/** The maximum number of connections. */
		public int getMaxSize() {
			return this.maxSize;
		}

		/** Sets the maximum number of connections. */
		public void setMaxSize(int maxSize) {
			this.maxSize = maxSize;
		}

		/** The longest time a connection stays idle. */
		public Duration getMaxIdleTime() {
			return this.maxIdleTime;
		}

		/** Sets the longest time a connection stays idle. */
		public void setMaxIdleTime(Duration maxIdleTime) {
			this.maxIdleTime = maxIdleTime;
		}

	}

}
