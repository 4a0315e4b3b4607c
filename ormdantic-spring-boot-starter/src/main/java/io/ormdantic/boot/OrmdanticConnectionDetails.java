package io.ormdantic.boot;

import io.ormdantic.Connections;
import io.ormdantic.OrmdanticException;
import io.r2dbc.spi.ConnectionFactories;
import io.r2dbc.spi.ConnectionFactoryOptions;

import org.springframework.boot.r2dbc.autoconfigure.R2dbcConnectionDetails;

/**
 * {@code ormdantic.connection} as Boot's {@link R2dbcConnectionDetails}, so that Boot builds the connection factory:
 * its pool settings, option customizers and observation proxy apply as to {@code spring.r2dbc.url}.
 */
final class OrmdanticConnectionDetails implements R2dbcConnectionDetails {

	/** The property this bean stands for, as error messages name it. */
	static final String PROPERTY = "ormdantic.connection";

	private final ConnectionFactoryOptions options;

	private OrmdanticConnectionDetails(ConnectionFactoryOptions options) {
		this.options = options;
	}

	/**
	 * The details of the R2DBC URL of {@code ormdantic.connection}, checked now so that a malformed URL or a missing
	 * driver fails startup with Ormdantic's message (naming the driver to add) rather than when Boot first builds the
	 * factory.
	 *
	 * @throws DatabaseConnectionException if the URL is malformed or no driver on the class path takes it
	 */
	static OrmdanticConnectionDetails of(String url) {
		return of(url, PROPERTY);
	}

	/**
	 * The details of an R2DBC URL, checked as {@link #of(String)} checks it; {@code property} names the setting in
	 * messages.
	 *
	 * @throws DatabaseConnectionException if the URL is malformed or no driver on the class path takes it
	 */
	static OrmdanticConnectionDetails of(String url, String property) {
		try {
			ConnectionFactoryOptions options = ConnectionFactoryOptions.parse(url);
			if (ConnectionFactories.supports(options)) {
				if (Connections.listsSeveralHosts(options)) {
					// A host list is opened by core (SeveralHostsDecorator), which refuses one it cannot open.
					Connections.unpooled(options);
				}
				return new OrmdanticConnectionDetails(options);
			}
		}
		catch (IllegalArgumentException ex) {
			// Malformed: core's message below says so.
		}
		catch (OrmdanticException ex) {
			throw DatabaseConnectionException.cannotOpen(property, ex);
		}
		try {
			// Asked only when it fails: core says what is wrong, and which driver artifact to add.
			Connections.unpooled(url);
		}
		catch (OrmdanticException ex) {
			throw DatabaseConnectionException.cannotOpen(property, ex);
		}
		throw new IllegalStateException("No R2DBC driver takes " + property);
	}

	@Override
	public ConnectionFactoryOptions getConnectionFactoryOptions() {
		return this.options;
	}

}
