package io.ormdantic.boot;

import java.util.ArrayList;
import java.util.List;

import io.r2dbc.pool.ConnectionPool;
import io.r2dbc.pool.ConnectionPoolConfiguration;
import io.r2dbc.spi.ConnectionFactory;
import io.r2dbc.spi.ConnectionFactoryOptions;
import io.r2dbc.spi.Wrapped;
import reactor.core.Disposable;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.properties.PropertyMapper;
import org.springframework.boot.r2dbc.ConnectionFactoryBuilder;
import org.springframework.boot.r2dbc.ConnectionFactoryDecorator;
import org.springframework.boot.r2dbc.autoconfigure.ConnectionFactoryOptionsBuilderCustomizer;
import org.springframework.boot.r2dbc.autoconfigure.R2dbcProperties;

/**
 * The connection factories of {@code ormdantic.replicas}, each built as Boot builds the primary's from its connection
 * details: Boot's {@link ConnectionFactoryBuilder} with the application's option customizers and decorators (so a
 * replica's statements are observed, and a URL listing several hosts fails over), pooled per
 * {@code spring.r2dbc.pool.*} as completed by {@link OrmdanticPoolDefaults}. Not beans of their own, which would make
 * the application's {@code ConnectionFactory} ambiguous; disposed when the context closes.
 */
final class ReplicaConnectionFactories implements DisposableBean {

	/** The property that lists the replicas, as messages name it. */
	static final String PROPERTY = "ormdantic.replicas";

	private final List<ConnectionFactory> factories;

	private ReplicaConnectionFactories(List<ConnectionFactory> factories) {
		this.factories = List.copyOf(factories);
	}

	/**
	 * A factory per URL, in order; each URL is checked first as {@code ormdantic.connection} is.
	 *
	 * @throws DatabaseConnectionException if a URL is malformed or no driver takes it
	 */
	static ReplicaConnectionFactories of(List<String> urls, R2dbcProperties r2dbc,
			List<ConnectionFactoryOptionsBuilderCustomizer> customizers, List<ConnectionFactoryDecorator> decorators) {
		List<ConnectionFactory> built = new ArrayList<>();
		try {
			for (int i = 0; i < urls.size(); i++) {
				ConnectionFactoryOptions options = OrmdanticConnectionDetails.of(urls.get(i), PROPERTY + "[" + i + "]")
					.getConnectionFactoryOptions();
				ConnectionFactory factory = ConnectionFactoryBuilder.withOptions(options.mutate())
					.configure((builder) -> customizers.forEach((customizer) -> customizer.customize(builder)))
					.decorators(decorators)
					.build();
				// An r2dbc:pool: URL is pooled by the builder itself, as Boot leaves spring.r2dbc.url of that kind.
				boolean pooledByUrl = "pool".equals(options.getValue(ConnectionFactoryOptions.DRIVER));
				built.add((r2dbc.getPool().isEnabled() && !pooledByUrl) ? pooled(factory, r2dbc.getPool()) : factory);
			}
		}
		catch (RuntimeException ex) {
			dispose(built);
			throw ex;
		}
		return new ReplicaConnectionFactories(built);
	}

	/** The replicas' factories, in the order of {@code ormdantic.replicas}; empty when none is set. */
	List<ConnectionFactory> factories() {
		return this.factories;
	}

	@Override
	public void destroy() {
		dispose(this.factories);
	}

	/**
	 * A pool over the factory with Boot's pool settings, mapped as Boot maps them for the primary (its configuration
	 * class is not public, so this is the one place that repeats it).
	 */
	private static ConnectionPool pooled(ConnectionFactory factory, R2dbcProperties.Pool pool) {
		PropertyMapper map = PropertyMapper.get();
		ConnectionPoolConfiguration.Builder builder = ConnectionPoolConfiguration.builder(factory);
		map.from(pool.getMaxIdleTime()).to(builder::maxIdleTime);
		map.from(pool.getMaxLifeTime()).to(builder::maxLifeTime);
		map.from(pool.getMaxAcquireTime()).to(builder::maxAcquireTime);
		map.from(pool.getAcquireRetry()).to(builder::acquireRetry);
		map.from(pool.getMaxCreateConnectionTime()).to(builder::maxCreateConnectionTime);
		map.from(pool.getInitialSize()).to(builder::initialSize);
		map.from(pool.getMaxSize()).to(builder::maxSize);
		map.from(pool.getValidationQuery()).whenHasText().to(builder::validationQuery);
		map.from(pool.getValidationDepth()).to(builder::validationDepth);
		map.from(pool.getMinIdle()).to(builder::minIdle);
		map.from(pool.getMaxValidationTime()).to(builder::maxValidationTime);
		return new ConnectionPool(builder.build());
	}

	/** Disposes each factory's pool, also under decorators (a pool of an r2dbc:pool: URL is wrapped by them). */
	private static void dispose(List<ConnectionFactory> factories) {
		for (ConnectionFactory factory : factories) {
			Object each = factory;
			while (each != null && !(each instanceof Disposable)) {
				each = (each instanceof Wrapped<?> wrapped) ? wrapped.unwrap() : null;
			}
			if (each instanceof Disposable disposable) {
				disposable.dispose();
			}
		}
	}

}
