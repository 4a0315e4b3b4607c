package io.ormdantic.metadata;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.ormdantic.BackReference;
import io.ormdantic.InvalidQueryException;
import io.ormdantic.InvalidValueException;
import io.ormdantic.ModelDefinitionException;
import io.ormdantic.Table;
import io.ormdantic.Unique;
import io.ormdantic.metadata.FieldMetadata.Role;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@link ModelMetadata} and {@link TypeMetadata} without a database: the same rules and names as register. */
class ModelMetadataTests {

	@Table(pk = "id", indexed = "name", unique = "code", uniqueConstraints = @Unique({ "name", "strength" }),
			backReferences = @BackReference(field = "coffees", mappedBy = "flavor"))
	record Flavor(UUID id, @Size(max = 63) String name, @NotBlank String code, int strength, List<Coffee> coffees) {
	}

	@Table(pk = "id")
	record Coffee(UUID id, @Size(max = 10) String sweetener, Integer sweetenerCount, Flavor flavor,
			@Digits(integer = 5, fraction = 2) BigDecimal price, Map<String, List<String>> extras, Recipe recipe) {
	}

	record Recipe(String name, int steps) {
	}

	@Table(pk = "id")
	record Broken(UUID id, List<Coffee> coffees) {
	}

	@Test
	void describesTableKeyAndFieldsInDeclarationOrder() {
		ModelMetadata<Coffee> coffee = ModelMetadata.of(Coffee.class);
		assertThat(coffee.table()).isEqualTo("coffee");
		assertThat(coffee.type()).isEqualTo(Coffee.class);
		assertThat(coffee.key().name()).isEqualTo("id");
		assertThat(coffee.key().role()).isEqualTo(Role.KEY);
		assertThat(coffee.key().nullable()).isFalse();
		assertThat(coffee.fields()).extracting(FieldMetadata::name)
			.containsExactly("id", "sweetener", "sweetenerCount", "flavor", "price", "extras", "recipe");
		FieldMetadata count = coffee.field("sweetenerCount");
		assertThat(count.column()).isEqualTo("sweetener_count");
		assertThat(count.javaType()).isEqualTo(Integer.class);
		assertThat(count.nullable()).isTrue();
		assertThat(coffee.field("sweetener").length()).isEqualTo(10);
		assertThat(coffee.field("price").precision()).isEqualTo(7);
		assertThat(coffee.field("price").scale()).isEqualTo(2);
		assertThat(coffee.field("extras").json()).isTrue();
		assertThat(coffee.field("extras").javaType().getTypeName()).isEqualTo("java.util.Map<java.lang.String, java.util.List<java.lang.String>>");
		assertThat(coffee.field("recipe").json()).isTrue();
		FieldMetadata flavor = coffee.field("flavor");
		assertThat(flavor.role()).isEqualTo(Role.RELATION);
		assertThat(flavor.relation()).isEqualTo(Flavor.class);
		assertThat(flavor.column()).isEqualTo("flavor");
		assertThat(coffee.field("nope")).isNull();
	}

	@Test
	void describesBackReferencesIndexesAndUniqueConstraints() {
		ModelMetadata<Flavor> flavor = ModelMetadata.of(Flavor.class);
		FieldMetadata coffees = flavor.field("coffees");
		assertThat(coffees.role()).isEqualTo(Role.BACK_REFERENCE);
		assertThat(coffees.column()).isNull();
		assertThat(coffees.relation()).isEqualTo(Coffee.class);
		assertThat(coffees.mappedBy()).isEqualTo("flavor");
		assertThat(flavor.field("strength").nullable()).isFalse();
		assertThat(flavor.field("code").nullable()).isFalse();
		assertThat(flavor.field("code").unique()).isTrue();
		assertThat(flavor.field("name").unique()).isFalse();
		assertThat(flavor.indexes()).extracting(IndexMetadata::fields).containsExactly(List.of("name"));
		assertThat(flavor.uniqueConstraints()).extracting(IndexMetadata::fields)
			.containsExactlyInAnyOrder(List.of("code"), List.of("name", "strength"));
		assertThat(ModelMetadata.of(Coffee.class).indexes()).extracting(IndexMetadata::columns)
			.containsExactly(List.of("flavor"));
		assertThat(flavor.related("coffees").type()).isEqualTo(Coffee.class);
	}

	@Test
	void resolvesPathsThroughRelations() {
		ModelMetadata<Coffee> coffee = ModelMetadata.of(Coffee.class);
		assertThat(coffee.path("flavor.name").length()).isEqualTo(63);
		assertThat(coffee.path("sweetener").name()).isEqualTo("sweetener");
		assertThat(coffee.path("flavor.coffees").role()).isEqualTo(Role.BACK_REFERENCE);
		assertThatThrownBy(() -> coffee.path(".name")).isInstanceOf(InvalidQueryException.class)
			.hasMessageContaining("'.name'").hasMessageContaining("empty segment");
		assertThatThrownBy(() -> coffee.path("flavor..name")).isInstanceOf(InvalidQueryException.class);
		assertThatThrownBy(() -> coffee.path("flavor.")).isInstanceOf(InvalidQueryException.class);
		assertThatThrownBy(() -> coffee.path("flavor.color")).isInstanceOf(InvalidQueryException.class)
			.hasMessageContaining("flavor.color").hasMessageContaining("fields of Flavor are: id, name");
		assertThatThrownBy(() -> coffee.path("sweetener.name")).isInstanceOf(InvalidQueryException.class)
			.hasMessageContaining("'sweetener' is not a relation");
	}

	@Test
	void readsAndCreatesThroughTheEngineAccess() {
		ModelMetadata<Flavor> flavor = ModelMetadata.of(Flavor.class);
		UUID id = UUID.randomUUID();
		Flavor created = flavor.create(Map.of("id", id, "name", "vanilla", "code", "V"));
		assertThat(created).isEqualTo(new Flavor(id, "vanilla", "V", 0, null));
		assertThat(flavor.read(created, "name")).isEqualTo("vanilla");
		assertThat(flavor.read(created, "strength")).isEqualTo(0);
		assertThatThrownBy(() -> flavor.create(Map.of("colour", "red"))).isInstanceOf(InvalidValueException.class)
			.hasMessageContaining("Flavor").hasMessageContaining("colour");
		assertThatThrownBy(() -> flavor.create(Map.of("strength", "strong"))).isInstanceOf(InvalidValueException.class)
			.hasMessageContaining("strength").hasMessageContaining("java.lang.String");
		assertThatThrownBy(() -> flavor.read(created, "colour")).isInstanceOf(InvalidValueException.class);
	}

	@Test
	void appliesTheTableRulesOfRegister() {
		assertThatThrownBy(() -> ModelMetadata.of(Broken.class)).isInstanceOf(ModelDefinitionException.class)
			.hasMessageContaining("Broken").hasMessageContaining("coffees").hasMessageContaining("backReferences");
		assertThatThrownBy(() -> ModelMetadata.of(Recipe.class)).isInstanceOf(ModelDefinitionException.class)
			.hasMessageContaining("@Table");
	}

	@Test
	void describesPlainTypes() {
		TypeMetadata<Recipe> recipe = TypeMetadata.of(Recipe.class);
		assertThat(recipe).isNotInstanceOf(ModelMetadata.class);
		assertThat(recipe.fields()).extracting(FieldMetadata::name, FieldMetadata::role, FieldMetadata::nullable)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("name", Role.VALUE, true),
					org.assertj.core.groups.Tuple.tuple("steps", Role.VALUE, false));
		assertThat(recipe.create(Map.of("name", "espresso"))).isEqualTo(new Recipe("espresso", 0));
		assertThat(TypeMetadata.of(Coffee.class)).isInstanceOf(ModelMetadata.class);
		assertThat(TypeMetadata.of(Coffee.class)).isSameAs(ModelMetadata.of(Coffee.class));
	}
}
