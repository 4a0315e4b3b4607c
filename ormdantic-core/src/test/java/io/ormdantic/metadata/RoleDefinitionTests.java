package io.ormdantic.metadata;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.UUID;

import io.ormdantic.CreatedAt;
import io.ormdantic.ModelDefinitionException;
import io.ormdantic.Table;
import io.ormdantic.UpdatedAt;
import io.ormdantic.Version;
import io.ormdantic.metadata.FieldMetadata.Role;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The version and audit roles of fields: which types take them, and what the metadata says of them. */
class RoleDefinitionTests {

	@Table(pk = "id")
	record Audited(UUID id, @Version Long version, @CreatedAt Instant created, @UpdatedAt LocalDateTime updated,
			@CreatedAt OffsetDateTime unusedButNotAllowed) {
	}

	@Table(pk = "id")
	record Good(UUID id, @Version int version, @CreatedAt OffsetDateTime created, @UpdatedAt LocalDateTime updated) {
	}

	@Table(pk = "id")
	record StringVersion(UUID id, @Version String version) {
	}

	@Table(pk = "id")
	record TwoVersions(UUID id, @Version long first, @Version Integer second) {
	}

	@Table(pk = "id")
	record DateCreated(UUID id, @CreatedAt LocalDate day) {
	}

	@Table(pk = "id")
	record Both(UUID id, @CreatedAt @UpdatedAt Instant at) {
	}

	@Table(pk = "id")
	record KeyVersion(@Version Long id) {
	}

	@Test
	void rolesAreInTheMetadataAndTheVersionIsNotNull() {
		ModelMetadata<Good> good = ModelMetadata.of(Good.class);
		assertThat(good.field("version").role()).isEqualTo(Role.VERSION);
		assertThat(good.field("version").nullable()).isFalse();
		assertThat(good.field("created").role()).isEqualTo(Role.CREATED_AT);
		assertThat(good.field("updated").role()).isEqualTo(Role.UPDATED_AT);
		assertThat(ModelMetadata.of(Good.class).field("created").column()).isEqualTo("created");
	}

	@Test
	void aVersionMustBeAnIntegerOrLongAndThereIsOne() {
		assertThatThrownBy(() -> ModelMetadata.of(StringVersion.class)).isInstanceOf(ModelDefinitionException.class)
			.hasMessageContaining("StringVersion")
			.hasMessageContaining("'version'")
			.hasMessageContaining("int, Integer, long or Long");
		assertThatThrownBy(() -> ModelMetadata.of(TwoVersions.class)).isInstanceOf(ModelDefinitionException.class)
			.hasMessageContaining("TwoVersions")
			.hasMessageContaining("'second'")
			.hasMessageContaining("at most one @Version");
		assertThatThrownBy(() -> ModelMetadata.of(KeyVersion.class)).isInstanceOf(ModelDefinitionException.class)
			.hasMessageContaining("KeyVersion");
	}

	@Test
	void auditTimesMustBeInstantsOrDateTimesOneEach() {
		assertThatThrownBy(() -> ModelMetadata.of(DateCreated.class)).isInstanceOf(ModelDefinitionException.class)
			.hasMessageContaining("'day'")
			.hasMessageContaining("Instant, OffsetDateTime or LocalDateTime");
		assertThatThrownBy(() -> ModelMetadata.of(Audited.class)).isInstanceOf(ModelDefinitionException.class)
			.hasMessageContaining("'unusedButNotAllowed'")
			.hasMessageContaining("at most one @CreatedAt");
		assertThatThrownBy(() -> ModelMetadata.of(Both.class)).isInstanceOf(ModelDefinitionException.class)
			.hasMessageContaining("'at'");
	}
}
