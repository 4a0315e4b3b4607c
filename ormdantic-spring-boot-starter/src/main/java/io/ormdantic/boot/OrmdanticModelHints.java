package io.ormdantic.boot;

import java.lang.annotation.Annotation;
import java.util.Collection;

import io.ormdantic.metadata.FieldMetadata;
import io.ormdantic.metadata.ModelMetadata;

import org.springframework.aot.hint.BindingReflectionHintsRegistrar;
import org.springframework.aot.hint.MemberCategory;
import org.springframework.aot.hint.ReflectionHints;
import org.springframework.aot.hint.RuntimeHints;

/**
 * The reflection a native image needs for Ormdantic models: under a native image core reads and creates models
 * through reflection (no class generation), so each model's constructors, fields and methods (record accessors
 * among them) are registered, with the annotations that declare its table and columns; the Java type of every
 * JSON column is registered for binding, since Jackson reads and writes it by reflection.
 */
final class OrmdanticModelHints {

	/** Public and non-public members alike: a model's constructor or accessors may be either. */
	private static final MemberCategory[] MODEL_MEMBERS = { MemberCategory.INVOKE_PUBLIC_CONSTRUCTORS,
			MemberCategory.INVOKE_DECLARED_CONSTRUCTORS, MemberCategory.INVOKE_PUBLIC_METHODS,
			MemberCategory.INVOKE_DECLARED_METHODS, MemberCategory.ACCESS_DECLARED_FIELDS };

	private final BindingReflectionHintsRegistrar bindings = new BindingReflectionHintsRegistrar();

	/** Registers the hints of each model. */
	void register(RuntimeHints hints, Collection<Class<?>> models) {
		ReflectionHints reflection = hints.reflection();
		for (Class<?> model : models) {
			reflection.registerType(model, MODEL_MEMBERS);
			registerAnnotations(reflection, model.getAnnotations());
			for (FieldMetadata field : ModelMetadata.of(model).fields()) {
				if (field.declaringClass() != model) {
					reflection.registerType(field.declaringClass(), MODEL_MEMBERS);
				}
				registerAnnotations(reflection, field.annotations().toArray(Annotation[]::new));
				if (field.json()) {
					this.bindings.registerReflectionHints(reflection, field.javaType());
				}
			}
		}
	}

	private static void registerAnnotations(ReflectionHints reflection, Annotation[] annotations) {
		for (Annotation annotation : annotations) {
			// Core reads annotation attributes ('pk', 'max', ...) through their methods.
			reflection.registerType(annotation.annotationType(), MemberCategory.INVOKE_PUBLIC_METHODS);
		}
	}

}
