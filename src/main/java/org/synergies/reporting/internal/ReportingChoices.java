package org.synergies.reporting.internal;

import org.synergies.reporting.TemplateField;
import org.synergies.reporting.TemplateContent;
import org.synergies.reporting.ReportAnswers;
import org.synergies.reporting.FieldRole;
import org.synergies.reporting.ChoiceSource;
import org.synergies.reporting.Answer;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.synergies.reference.ReferenceData;
import org.synergies.shared.CountryCode;

/**
 * The values a choice field offers, with their labels in the reader's language: the
 * template's own options, or a reference list (instruments, species groups, countries,
 * regions, Strategic Plan targets), or the report's own activities.
 */
@Service
public class ReportingChoices {

	/** A value and its label. */
	public record Choice(String code, String label) {
	}

	private final ReferenceData reference;

	private final MessageSource messages;

	public ReportingChoices(ReferenceData reference, MessageSource messages) {
		this.reference = reference;
		this.messages = messages;
	}

	public List<Choice> of(TemplateField field, TemplateContent template, ReportAnswers answers, Locale locale) {
		ChoiceSource source = Objects.requireNonNull(field.choices(), "not a choice field");
		return switch (source) {
			case OPTIONS ->
				field.options().stream().map(option -> new Choice(option.code(), option.label(locale))).toList();
			case INSTRUMENTS -> this.reference.instruments()
				.stream()
				.map(instrument -> new Choice(instrument.code(), instrument.name(locale)))
				.toList();
			case SPECIES_GROUPS -> this.reference.speciesGroups()
				.stream()
				.map(group -> new Choice(group.code(), group.name(locale)))
				.toList();
			case COUNTRIES -> CountryCode.all(locale)
				.stream()
				.map(country -> new Choice(country.value(), country.displayName(locale)))
				.toList();
			case REGIONS -> this.reference.regions()
				.stream()
				.map(region -> new Choice(region.code(), region.name(locale)))
				.toList();
			case TARGETS -> this.reference.strategicPlanTargets()
				.stream()
				.map(target -> new Choice(String.valueOf(target.number()), target.label(locale)))
				.toList();
			case ACTIVITIES -> activities(template, answers, locale);
		};
	}

	public boolean accepts(TemplateField field, TemplateContent template, ReportAnswers answers, String code,
			Locale locale) {
		return of(field, template, answers, locale).stream().anyMatch(choice -> choice.code().equals(code));
	}

	public String label(TemplateField field, TemplateContent template, ReportAnswers answers, String code,
			Locale locale) {
		return of(field, template, answers, locale).stream()
			.filter(choice -> choice.code().equals(code))
			.map(Choice::label)
			.findFirst()
			.orElse(code);
	}

	/** An entry of a repeating group as people read it: "Activities: entry 2". */
	public String entryName(String groupLabel, int number, Locale locale) {
		return this.messages.getMessage("report.entry", new Object[] { groupLabel, number }, locale);
	}

	private List<Choice> activities(TemplateContent template, ReportAnswers answers, Locale locale) {
		Optional<TemplateField> group = template.fieldWithRole(FieldRole.ACTIVITIES);
		if (group.isEmpty()) {
			return List.of();
		}
		String title = group.get().fieldWithRole(FieldRole.ACTIVITY_TITLE).map(TemplateField::key).orElse(null);
		List<Answer.Entry> entries = answers.entries(group.get().key());
		return entries.stream().map(entry -> {
			String label = title == null ? null : entry.text(title).orElse(null);
			return new Choice(entry.id(),
					label != null ? label : entryName(group.get().label(locale), entries.indexOf(entry) + 1, locale));
		}).toList();
	}

}
