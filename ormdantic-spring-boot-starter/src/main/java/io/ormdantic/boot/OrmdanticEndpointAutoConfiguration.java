package io.ormdantic.boot;

import io.ormdantic.Ormdantic;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.actuate.autoconfigure.endpoint.condition.ConditionalOnAvailableEndpoint;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnSingleCandidate;
import org.springframework.context.annotation.Bean;

/**
 * The {@link OrmdanticEndpoint}, when the actuator is on the class path and the {@code ormdantic} endpoint is
 * available (exposed, for example with {@code management.endpoints.web.exposure.include=ormdantic}).
 */
@AutoConfiguration(after = OrmdanticAutoConfiguration.class)
@ConditionalOnClass({ Ormdantic.class, Endpoint.class, ConditionalOnAvailableEndpoint.class })
public final class OrmdanticEndpointAutoConfiguration {

	/** The endpoint over the application's engine, reporting the mode its schema initializer applies. */
	@Bean
	@ConditionalOnMissingBean
	@ConditionalOnSingleCandidate(Ormdantic.class)
	@ConditionalOnAvailableEndpoint
	OrmdanticEndpoint ormdanticEndpoint(Ormdantic ormdantic, ObjectProvider<OrmdanticSchemaInitializer> initializer) {
		OrmdanticSchemaInitializer unique = initializer.getIfUnique();
		return new OrmdanticEndpoint(ormdantic, (unique != null) ? unique.getMode() : null);
	}

}
