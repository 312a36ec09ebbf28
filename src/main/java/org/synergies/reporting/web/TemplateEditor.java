package org.synergies.reporting.web;

import java.util.List;
import java.util.Map;

import org.synergies.reporting.TemplateField;

/**
 * What the format's editor page asks while it draws the draft: each input's id, the
 * options as text, and the problems of each input (translated).
 *
 * @param problems by input name ({@code sections[1].fields[2].labelFr})
 * @param places each of those inputs named for people ("Section 2 › Field 3 › Label")
 */
public record TemplateEditor(Map<String, List<String>> problems, Map<String, String> places) {

	public String place(String path) {
		return this.places.getOrDefault(path, path);
	}

	public String id(String path) {
		return TemplateForm.id(path);
	}

	public String options(TemplateField field) {
		return TemplateForm.optionsText(field.options());
	}

	public List<String> errors(String path) {
		return this.problems.getOrDefault(path, List.of());
	}

	public boolean has(String path) {
		return this.problems.containsKey(path);
	}

	/** The aria-describedby of an input: its error message when it has one. */
	public @org.jspecify.annotations.Nullable String describedBy(String path) {
		return has(path) ? id(path) + "-error" : null;
	}

}
