package org.synergies.reporting.web;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.synergies.reporting.ChoiceSource;
import org.synergies.reporting.FieldType;
import org.synergies.reporting.Option;
import org.synergies.reporting.TemplateContent;
import org.synergies.reporting.TemplateField;
import org.synergies.reporting.TemplateSection;

import static org.assertj.core.api.Assertions.assertThat;

/** The format editor's structural actions, without a browser. */
class TemplateFormTests {

	static TemplateField field(String key, TemplateField... children) {
		return new TemplateField(key, children.length == 0 ? FieldType.TEXT : FieldType.GROUP, key, null, null, null,
				null, null, false, null, List.of(), List.of(children), null);
	}

	static final TemplateContent FORMAT = new TemplateContent("Format", null, null,
			List.of(new TemplateSection("one", "One", null, null, null, null, null,
					List.of(field("a"), field("b"), field("group", field("x"), field("y")))),
					new TemplateSection("two", "Two", null, null, null, null, null, List.of(field("c")))));

	@Test
	void sectionsAndFieldsMoveWithinTheirListAndStopAtItsEnds() {
		assertThat(keys(TemplateForm.apply(FORMAT, "down:sections[0].fields[0]").sections().get(0)))
			.containsExactly("b", "a", "group");
		assertThat(keys(TemplateForm.apply(FORMAT, "up:sections[0].fields[0]").sections().get(0))).containsExactly("a",
				"b", "group");
		assertThat(TemplateForm.apply(FORMAT, "up:sections[1]").sections()).extracting(TemplateSection::key)
			.containsExactly("two", "one");
		assertThat(TemplateForm.apply(FORMAT, "down:sections[0].fields[2].fields[0]")
			.sections()
			.get(0)
			.fields()
			.get(2)
			.fields()).extracting(TemplateField::key).containsExactly("y", "x");
	}

	@Test
	void fieldsAreAddedToSectionsAndGroupsAndRemovedFromThem() {
		TemplateContent added = TemplateForm.apply(FORMAT, "add-field:sections[0].fields[2]");
		assertThat(added.sections().get(0).fields().get(2).fields()).extracting(TemplateField::key)
			.containsExactly("x", "y", "");
		assertThat(TemplateForm.apply(FORMAT, "add-field:sections[0].fields[0]")).as("a text field has no fields")
			.isEqualTo(FORMAT);
		assertThat(keys(TemplateForm.apply(FORMAT, "add-field:sections[1]").sections().get(1))).containsExactly("c",
				"");
		assertThat(keys(TemplateForm.apply(FORMAT, "remove:sections[0].fields[1]").sections().get(0)))
			.containsExactly("a", "group");
		assertThat(TemplateForm.apply(FORMAT, "remove:sections[0]").sections()).extracting(TemplateSection::key)
			.containsExactly("two");
		assertThat(TemplateForm.apply(FORMAT, "add-section").sections()).hasSize(3);
		assertThat(TemplateForm.apply(FORMAT, "remove:sections[7].fields[1]")).as("no such place").isEqualTo(FORMAT);
	}

	@Test
	void optionsAreWrittenOnePerLineWithTheirThreeLabels() {
		List<Option> options = TemplateForm.options("CASH | Cash | En espèces | En efectivo\n\nIN_KIND | In kind\n");
		assertThat(options).containsExactly(new Option("CASH", "Cash", "En espèces", "En efectivo"),
				new Option("IN_KIND", "In kind", null, null));
		assertThat(TemplateForm.options(TemplateForm.optionsText(options))).isEqualTo(options);
		TemplateField choice = new TemplateField("kind", FieldType.CHOICE, "Kind", null, null, null, null, null, true,
				ChoiceSource.OPTIONS, options, List.of(), null);
		assertThat(new TemplateEditor(java.util.Map.of(), java.util.Map.of()).options(choice))
			.startsWith("CASH | Cash | En espèces | En efectivo\n");
	}

	private static List<String> keys(TemplateSection section) {
		return section.fields().stream().map(TemplateField::key).toList();
	}

}
