package org.synergies.reporting.web;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.synergies.reporting.FieldType;
import org.synergies.reporting.ReportingChoices.Choice;
import org.synergies.reporting.TemplateField;

/**
 * A field of the report form, ready to draw: its input name and id, what was typed, the
 * choices it offers, the answer as a reader sees it, the problems found with it, and for
 * a group its entries.
 */
public record FieldView(TemplateField field, String name, String id, @Nullable Object value, List<Choice> choices,
		String display, List<String> problems, List<EntryView> entries) {

	public FieldType type() {
		return this.field.type();
	}

	/** A value of a single-value field as typed, or "". */
	public String text() {
		return this.value instanceof String text ? text : "";
	}

	public boolean isChosen(String code) {
		return this.value instanceof List<?> list ? list.contains(code) : code.equals(this.value);
	}

	public String amount() {
		return this.value instanceof Map<?, ?> money && money.get("amount") != null
				? String.valueOf(money.get("amount")) : "";
	}

	public String currency() {
		return this.value instanceof Map<?, ?> money && money.get("currency") != null
				? String.valueOf(money.get("currency")) : "";
	}

	/** Checkboxes for short lists, a list box for long ones (countries). */
	public boolean hasShortList() {
		return this.choices.size() <= 30;
	}

	/** An entry of a repeating group. */
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

	public record EntryView(String id, int number, String title, List<FieldView> fields) {
	}

}
