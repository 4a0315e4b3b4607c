package io.ormdantic.testsupport;

import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.JdbcDatabaseContainer;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.mariadb.MariaDBContainer;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * Starts MariaDB and PostgreSQL in Docker when no URL is given. Kept apart from {@link TestDatabase} so that
 * Testcontainers classes are loaded only when they are used (other modules' tests may not have them).
 */
final class DatabaseContainers {

	/** MariaDB's port inside the container (Testcontainers keeps its own constant package-private). */
	private static final int MARIADB_PORT = 3306;

	private DatabaseContainers() {
	}

	static boolean dockerAvailable() {
		return DockerClientFactory.instance().isDockerAvailable();
	}

	/**
	 * Starts a container for the database and returns its R2DBC URL. The container lives until the JVM ends
	 * (Testcontainers' reaper removes it), so it is started once, not per test class.
	 */
	static String start(TestDatabase database) {
		return switch (database) {
			case MARIADB -> url("mysql", started(new R2dbcMariaDbContainer()), MARIADB_PORT);
			case POSTGRES -> url("postgresql", started(new PostgreSQLContainer("postgres:17-alpine")),
					PostgreSQLContainer.POSTGRESQL_PORT);
			case H2 -> throw new IllegalArgumentException("H2 runs embedded, not in a container");
		};
	}

	private static <C extends JdbcDatabaseContainer<?>> C started(C container) {
		container.start();
		return container;
	}

	private static String url(String driver, JdbcDatabaseContainer<?> container, int port) {
		return "r2dbc:" + driver + "://" + container.getUsername() + ":" + container.getPassword() + "@"
				+ container.getHost() + ":" + container.getMappedPort(port) + "/" + container.getDatabaseName();
	}

	/**
	 * MariaDB's container waits for a JDBC connection by default, which needs the MariaDB JDBC driver; these
	 * tests speak R2DBC only, so it waits for the server's second "ready" line instead (the first comes from
	 * the image's temporary initialisation server).
	 */
	private static final class R2dbcMariaDbContainer extends MariaDBContainer {

		R2dbcMariaDbContainer() {
			super("mariadb:11.4");
			waitingFor(Wait.forLogMessage(".*ready for connections.*\\s", 2));
		}

		@Override
		protected void waitUntilContainerStarted() {
			getWaitStrategy().waitUntilReady(this);
		}
	}
}
