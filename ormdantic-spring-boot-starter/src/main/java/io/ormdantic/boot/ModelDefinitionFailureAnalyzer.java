package io.ormdantic.boot;

import io.ormdantic.ModelDefinitionException;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Reports a {@code @Table} model that breaks a table restriction, found when the starter registers the scanned
 * models.
 */
class ModelDefinitionFailureAnalyzer extends AbstractFailureAnalyzer<ModelDefinitionException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, ModelDefinitionException cause) {
		String description = "An Ormdantic model breaks a table restriction:%n%n    %s%n".formatted(cause.getMessage());
		String action = """
				Fix the model named above: declare a 'pk' that is its first field, declare every List of models in \
				'backReferences', and name only existing fields in 'indexed' and 'unique'. If the class is not meant \
				to be a table, move it out of the scanned packages or set 'ormdantic.packages'.""";
		return new FailureAnalysis(description, action, cause);
	}

}
