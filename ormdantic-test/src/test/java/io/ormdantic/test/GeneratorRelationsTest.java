package io.ormdantic.test;

import java.util.ArrayList;
import java.util.List;

import io.ormdantic.test.fixtures.Chain;
import io.ormdantic.test.fixtures.Child;
import io.ormdantic.test.fixtures.Coffee;
import io.ormdantic.test.fixtures.Employee;
import io.ormdantic.test.fixtures.Parent;
import io.ormdantic.test.fixtures.Tree;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** Related models are generated whole, back references stay null, and cycles end. */
class GeneratorRelationsTest {

	@Test
	void relationsAreGeneratedWhole() {
		Coffee coffee = Generator.generate(Coffee.class);
		assertThat(coffee.flavor()).isNotNull();
		assertThat(coffee.flavor().id()).isNotNull();
		assertThat(coffee.flavor().name()).isNotBlank();
	}

	@Test
	void backReferencesAreLeftNull() {
		Child child = Generator.generate(Child.class);
		assertThat(child.parent()).isNotNull();
		assertThat(child.parent().name()).isNotBlank();
		assertThat(child.parent().children()).isNull();
		assertThat(Generator.generate(Parent.class).children()).isNull();
	}

	@Test
	void selfReferenceEndsWithNullAtABoundedDepth() {
		for (Employee employee : Generator.of(Employee.class).generateList(50)) {
			List<Employee> chain = new ArrayList<>();
			for (Employee current = employee; current != null; current = current.manager()) {
				chain.add(current);
			}
			assertThat(chain).hasSize(2);
			assertThat(chain).extracting(Employee::id).doesNotHaveDuplicates().allSatisfy((id) -> assertThat(id).isPositive());
		}
	}

	@Test
	void cycleThroughACollectionEndsWithShorterCollections() {
		Tree tree = Generator.generate(Tree.class);
		assertThat(depth(tree)).isBetween(2, 3);
	}

	@Test
	void cycleOfNonNullableFieldsFailsNamingTheField() {
		assertThatExceptionOfType(GenerationException.class).isThrownBy(() -> Generator.generate(Chain.class))
			.withMessageStartingWith("Chain: cannot end a cycle of models: Chain.next may not be null");
	}

	private static int depth(Tree tree) {
		int deepest = 0;
		if (tree.children() != null) {
			for (Tree child : tree.children()) {
				deepest = Math.max(deepest, depth(child));
			}
		}
		return deepest + 1;
	}
}
