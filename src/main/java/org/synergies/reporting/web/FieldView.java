package org.synergies.reporting.web;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.synergies.reporting.Answer;
import org.synergies.reporting.FieldType;
import org.synergies.reporting.internal.ReportingChoices.Choice;
import org.synergies.reporting.TemplateField;

/**
 * A field of the report form, ready to draw: its input name and id, what was typed, the
 * choices it offers, the answer as a reader sees it, the problems found with it, and for
 * a group its entries.
 */
public record FieldView(TemplateField field, String name, String id, @Nullable Answer value, List<Choice> choices,
		String display, List<String> problems, List<EntryView> entries) {

	public FieldType type() {
		return this.field.type();
	}

	/** A value of a single-value field as typed, or "". */
	public String text() {
		return this.value == null ? "" : this.value.typed();
	}

	public boolean isChosen(String code) {
		return this.value != null && this.value.codes().contains(code);
	}

	public String amount() {
		return this.value instanceof Answer.Amount money && money.amount() != null ? money.amount() : "";
	}

	public String currency() {
		return this.value instanceof Answer.Amount money && money.currency() != null ? money.currency() : "";
	}

	/** Checkboxes for short lists, a list box for long ones (countries). */
	public boolean hasShortList() {
		return this.choices.size() <= 30;
	}

	/**
	 * How many files can be attached here: one for a file field, one per entry's file
	 * field for a group.
	 */
	public long fileSlots() {
		if (type() == FieldType.FILE) {
			return 1;
		}
		return this.entries.stream().flatMap(entry -> entry.fields().stream()).mapToLong(FieldView::fileSlots).sum();
	}

	/** An entry of a repeating group. */
	public record EntryView(String id, int number, String title, List<FieldView> fields) {
	}

}
