package io.ormdantic.boot;

import java.time.Duration;
import java.util.function.Consumer;

import io.ormdantic.Connections;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.r2dbc.autoconfigure.R2dbcProperties;
import org.springframework.core.env.Environment;

/**
 * Completes the {@code spring.r2dbc.pool.*} settings Boot builds its pool from, where the application left them
 * unset: the deprecated {@code ormdantic.pool.*} values; the fail-fast limits of {@link Connections#pooled} (Boot's
 * pool otherwise waits forever for a connection, so a web request would hang instead of failing); and an initial
 * size no larger than the maximum (r2dbc-pool refuses a maximum below Boot's initial size of 10).
 */
final class OrmdanticPoolDefaults implements BeanPostProcessor {

	private static final Log logger = LogFactory.getLog(OrmdanticPoolDefaults.class);

	private static final String PREFIX = "spring.r2dbc.pool.";

	/** As {@link Connections#pooled}: how long a connection may take to be validated as it leaves the pool. */
	static final Duration MAX_VALIDATION_TIME = Duration.ofSeconds(5);

	/** As {@link Connections#pooled}: connections are replaced after this, so none outlives a server restart long. */
	static final Duration MAX_LIFE_TIME = Duration.ofMinutes(30);

	private final Binder binder;

	OrmdanticPoolDefaults(Environment environment) {
		this.binder = Binder.get(environment);
	}

	@Override
	public Object postProcessBeforeInitialization(Object bean, String beanName) {
		if (bean instanceof R2dbcProperties properties) {
			apply(properties.getPool());
		}
		return bean;
	}

	@SuppressWarnings("deprecation")
	private void apply(R2dbcProperties.Pool pool) {
		OrmdanticProperties.Pool deprecated = this.binder.bind("ormdantic.pool", OrmdanticProperties.Pool.class)
			.orElseGet(OrmdanticProperties.Pool::new);
		replace("max-size", deprecated.getMaxSize(), pool::setMaxSize);
		replace("max-idle-time", deprecated.getMaxIdleTime(), pool::setMaxIdleTime);
		if (pool.getMaxAcquireTime() == null) {
			pool.setMaxAcquireTime(Connections.DEFAULT_ACQUIRE_TIMEOUT);
		}
		if (pool.getMaxCreateConnectionTime() == null) {
			pool.setMaxCreateConnectionTime(Connections.DEFAULT_ACQUIRE_TIMEOUT);
		}
		if (!isSet("acquire-retry")) {
			// After a restart or a cut every idle connection is dead: an acquisition skips each that fails validation
			// (the default gives up after the second); the engine caps the whole wait at max-acquire-time.
			pool.setAcquireRetry(pool.getMaxSize());
		}
		if (pool.getMaxValidationTime() == null) {
			pool.setMaxValidationTime(MAX_VALIDATION_TIME);
		}
		if (pool.getMaxLifeTime() == null) {
			pool.setMaxLifeTime(MAX_LIFE_TIME);
		}
		if (!isSet("initial-size") && pool.getInitialSize() > pool.getMaxSize()) {
			pool.setInitialSize(pool.getMaxSize());
		}
	}

	/** Applies a deprecated {@code ormdantic.pool} value unless its {@code spring.r2dbc.pool} replacement is set. */
	private <T> void replace(String name, @Nullable T deprecated, Consumer<T> setter) {
		if (deprecated == null) {
			return;
		}
		if (isSet(name)) {
			logger.warn("ormdantic.pool." + name + " is deprecated and ignored: " + PREFIX + name + " is set");
			return;
		}
		logger.warn("ormdantic.pool." + name + " is deprecated: Spring Boot builds the connection pool; set " + PREFIX
				+ name + " instead");
		setter.accept(deprecated);
	}

	private boolean isSet(String name) {
		return this.binder.bind(PREFIX + name, Bindable.of(String.class)).isBound();
	}

}
