package io.ormdantic.internal.mapping;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.ormdantic.BackReference;
import io.ormdantic.ModelDefinitionException;
import io.ormdantic.Table;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Model metadata: names, column properties and the restrictions that span models. */
class MappingTests {

	@Table(pk = "id")
	record CoffeeOrder(UUID id, @NotNull @Size(max = 20) String customerName, int cups, Map<String, Integer> extras) {
	}

	@Table(pk = "id", backReferences = @BackReference(field = "kids", mappedBy = "mother"))
	record Mother(UUID id, List<Kid> kids) {
	}

	@Table(pk = "id")
	record Kid(UUID id, Mother mother) {
	}

	@Table(pk = "id", backReferences = @BackReference(field = "kids", mappedBy = "name"))
	record WrongMappedBy(UUID id, List<Kid> kids) {
	}

	@Table(pk = "id")
	record Orphan(UUID id, Mother mother) {
	}

	/** A record whose accessor does not return its state: what is stored is the state, as with field access. */
	@Table(pk = "id")
	record Shouting(UUID id, String word) {

		@Override
		public String word() {
			return this.word.toUpperCase();
		}
	}

	/** A plain class model: no-arg constructor and fields. */
	@Table(pk = "code")
	static class Plain {

		String code;

		long total;
	}

	@Test
	void derivesSnakeCaseNames() {
		assertThat(Names.snakeCase("CoffeeOrder")).isEqualTo("coffee_order");
		assertThat(Names.snakeCase("sweetenerCount")).isEqualTo("sweetener_count");
		assertThat(Names.snakeCase("URLValue")).isEqualTo("url_value");
		assertThat(Names.snakeCase("id")).isEqualTo("id");
	}

	@Test
	void readsColumnsWithNullabilityLengthAndJson() {
		ModelRegistry registry = new ModelRegistry();
		registry.register(CoffeeOrder.class);
		TableModel model = registry.resolved(CoffeeOrder.class);
		assertThat(model.name()).isEqualTo("coffee_order");
		assertThat(model.columns()).extracting(ColumnModel::column)
			.containsExactly("id", "customer_name", "cups", "extras");
		ColumnModel name = model.column("customerName");
		assertThat(name.nullable()).isFalse();
		assertThat(name.length()).isEqualTo(20);
		assertThat(model.column("cups").nullable()).isFalse();
		assertThat(model.column("extras").type()).isEqualTo(ColumnType.JSON);
		assertThat(model.column("extras").nullable()).isTrue();
		assertThat(model.primaryKey().identity()).isFalse();
	}

	@Test
	void linksBackReferencesToTheirMappedByColumn() {
		ModelRegistry registry = new ModelRegistry();
		registry.register(Mother.class);
		registry.register(Kid.class);
		TableModel mother = registry.resolved(Mother.class);
		assertThat(mother.columns()).extracting(ColumnModel::field).containsExactly("id");
		BackReferenceModel kids = mother.backReference("kids");
		assertThat(kids.target()).isEqualTo(Kid.class);
		assertThat(kids.mappedBy().column()).isEqualTo("mother");
		assertThat(registry.resolved(Kid.class).column("mother").type()).isEqualTo(ColumnType.UUID);
	}

	@Test
	void rejectsARelationToAnUnregisteredModelWhenLinking() {
		ModelRegistry registry = new ModelRegistry();
		registry.register(Orphan.class);
		assertThatThrownBy(registry::validateAll).isInstanceOf(ModelDefinitionException.class)
			.hasMessageContaining("Orphan")
			.hasMessageContaining("'mother'")
			.hasMessageContaining("Mother is not registered");
	}

	@Test
	void rejectsAMappedByFieldOfAnotherType() {
		ModelRegistry registry = new ModelRegistry();
		registry.register(WrongMappedBy.class);
		registry.register(Kid.class);
		registry.register(Mother.class);
		assertThatThrownBy(registry::validateAll).isInstanceOf(ModelDefinitionException.class)
			.hasMessageContaining("WrongMappedBy")
			.hasMessageContaining("mappedBy 'name' is not a field of Kid");
	}

	@Test
	void readsPlainClassesAndCreatesThem() {
		ModelRegistry registry = new ModelRegistry();
		registry.register(Plain.class);
		TableModel model = registry.resolved(Plain.class);
		Plain plain = (Plain) model.accessor().create(new Object[] { "A1", null });
		assertThat(plain.code).isEqualTo("A1");
		assertThat(plain.total).isZero();
		assertThat(model.accessor().get(plain, 0)).isEqualTo("A1");
		assertThat(model.primaryKey().type()).isEqualTo(ColumnType.STRING);
	}

	@Test
	void readsARecordsStateNotWhatItsAccessorsMakeOfIt() {
		ModelRegistry registry = new ModelRegistry();
		registry.register(Shouting.class);
		TableModel model = registry.resolved(Shouting.class);
		Shouting shouting = new Shouting(UUID.randomUUID(), "quiet");
		assertThat(model.accessor().get(shouting, 1)).isEqualTo("quiet");
		// So a stored record comes back equal: the constructor gets the state back, not the accessor's version of it.
		assertThat(model.accessor().create(new Object[] { shouting.id(), model.accessor().get(shouting, 1) }))
			.isEqualTo(shouting);
	}

	@Test
	void rejectsAnUnregisteredModelLookup() {
		assertThatThrownBy(() -> new ModelRegistry().resolved(Plain.class)).isInstanceOf(ModelDefinitionException.class)
			.hasMessageContaining("is not registered");
	}
}
