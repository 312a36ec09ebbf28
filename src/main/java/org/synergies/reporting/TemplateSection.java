package org.synergies.reporting;

import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * A section of the reporting template: a title, an introduction, and its fields.
 */
public record TemplateSection(String key, String titleEn, @Nullable String titleFr, @Nullable String titleEs,
		@Nullable String introEn, @Nullable String introFr, @Nullable String introEs, List<TemplateField> fields) {

	public TemplateSection {
		fields = fields == null ? List.of() : List.copyOf(fields);
	}

	public String title(Locale locale) {
		return TemplateField.pick(locale, this.titleEn, this.titleFr, this.titleEs);
	}

	public @Nullable String intro(Locale locale) {
		return this.introEn == null ? null : TemplateField.pick(locale, this.introEn, this.introFr, this.introEs);
	}

}
