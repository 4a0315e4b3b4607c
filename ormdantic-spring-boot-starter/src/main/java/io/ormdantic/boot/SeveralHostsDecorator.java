package io.ormdantic.boot;

import io.ormdantic.Connections;
import io.r2dbc.spi.ConnectionFactory;
import io.r2dbc.spi.ConnectionFactoryOptions;

import org.springframework.boot.r2dbc.ConnectionFactoryDecorator;
import org.springframework.boot.r2dbc.OptionsCapableConnectionFactory;
import org.springframework.core.Ordered;

/**
 * Lets a factory that Boot builds from a URL listing several hosts ({@code r2dbc:mysql://root@h1:3306,h2:3306/db}, the
 * nodes of a Galera cluster) fail over between them, as {@link Connections#unpooled(ConnectionFactoryOptions)} does:
 * the drivers take one host and would try to resolve the whole list as one name. Runs first, on the factory Boot made
 * from the options, so that the other decorators (Boot's observation proxy) and Boot's pool wrap the failover factory.
 */
final class SeveralHostsDecorator implements ConnectionFactoryDecorator, Ordered {

	@Override
	public ConnectionFactory decorate(ConnectionFactory connectionFactory) {
		// Only the factory Boot made from options: one another decorator wrapped first is left alone, not unwrapped.
		if (connectionFactory instanceof OptionsCapableConnectionFactory built
				&& Connections.listsSeveralHosts(built.getOptions())) {
			return new OptionsCapableConnectionFactory(built.getOptions(), Connections.unpooled(built.getOptions()));
		}
		return connectionFactory;
	}

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE;
	}

}
