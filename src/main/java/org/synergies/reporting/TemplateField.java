package org.synergies.reporting;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;
import org.synergies.shared.Language;

/**
 * A field of the reporting template: its key (stable across versions, so that a report
 * can start from the previous one), its type, its label and help in EN/FR/ES, whether it
 * is required, where its choices come from, and — for a repeating group — its own fields.
 *
 * @param choices for a choice field, where its values come from
 * @param options for {@link ChoiceSource#OPTIONS}, the values
 * @param fields for a {@link FieldType#GROUP}, the fields of each entry
 * @param role what the field means to the compilation, if anything
 */
public record TemplateField(String key, FieldType type, String labelEn, @Nullable String labelFr,
		@Nullable String labelEs, @Nullable String helpEn, @Nullable String helpFr, @Nullable String helpEs,
		boolean required, @Nullable ChoiceSource choices, List<Option> options,
		@ArraySchema(schema = @Schema(implementation = TemplateField.class)) List<TemplateField> fields,
		@Nullable FieldRole role) {

	public TemplateField {
		options = options == null ? List.of() : List.copyOf(options);
		fields = fields == null ? List.of() : List.copyOf(fields);
	}

	public String label(Locale locale) {
		return pick(locale, this.labelEn, this.labelFr, this.labelEs);
	}

	public @Nullable String help(Locale locale) {
		return this.helpEn == null ? null : pick(locale, this.helpEn, this.helpFr, this.helpEs);
	}

	public Optional<TemplateField> field(String key) {
		return this.fields.stream().filter(field -> field.key().equals(key)).findFirst();
	}

	public Optional<TemplateField> fieldWithRole(FieldRole role) {
		return this.fields.stream().filter(field -> field.role() == role).findFirst();
	}

	public Optional<Option> option(String code) {
		return this.options.stream().filter(option -> option.code().equals(code)).findFirst();
	}

	static String pick(Locale locale, String english, @Nullable String french, @Nullable String spanish) {
		String translated = Language.of(locale).pick(english, french, spanish);
		return translated == null ? english : translated;
	}

}
