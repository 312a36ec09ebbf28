package org.synergies.compilations.internal;

import java.text.NumberFormat;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.synergies.compilations.Compilation;
import org.synergies.compilations.Compilation.Compiled;
import org.synergies.compilations.Compilation.Dimension;
import org.synergies.compilations.Compilation.Row;
import org.synergies.compilations.internal.CompilationDocument.Block;
import org.synergies.compilations.internal.CompilationDocument.Contribution;
import org.synergies.compilations.internal.CompilationDocument.Entry;
import org.synergies.compilations.internal.CompilationDocument.Part;
import org.synergies.compilations.internal.CompilationDocument.Section;
import org.synergies.compilations.internal.CompilationDocument.Table;
import org.synergies.meetings.GoverningBodies;
import org.synergies.meetings.GoverningBody;
import org.synergies.meetings.MeetingNames;
import org.synergies.meetings.MeetingView;
import org.synergies.reporting.AnswerDisplay;
import org.synergies.reporting.Answer;
import org.synergies.reporting.ReportAnswers;
import org.synergies.reporting.CycleRow;
import org.synergies.reporting.CycleView;
import org.synergies.reporting.FieldRole;
import org.synergies.reporting.FieldType;
import org.synergies.reporting.AcceptedReports;
import org.synergies.reporting.TemplateContent;
import org.synergies.reporting.TemplateField;
import org.synergies.reporting.TemplateSection;
import org.synergies.reporting.Visibility;
import org.synergies.shared.CountryCode;
import org.synergies.shared.Language;
import org.synergies.shared.Name;
import org.synergies.shared.UnDates;

/**
 * Builds the compiled information document for the governing body, in UN document form,
 * in English, French or Spanish: the symbol the Secretariat entered, numbered paragraphs,
 * the summary with its tables, each organization's contribution as received in its own
 * language, and the annexes.
 */
@Component
class DocumentModels {

	/**
	 * A repeating group with more fields than this is written entry by entry, not as a
	 * table.
	 */
	private static final int TABLE_COLUMNS = 5;

	private final CodeNames names;

	private final AnswerDisplay display;

	private final AcceptedReports cycles;

	private final GoverningBodies bodies;

	private final MeetingNames meetings;

	private final Clock clock;

	DocumentModels(CodeNames names, AnswerDisplay display, AcceptedReports cycles, GoverningBodies bodies,
			MeetingNames meetings, Clock clock) {
		this.meetings = meetings;
		this.names = names;
		this.display = display;
		this.cycles = cycles;
		this.bodies = bodies;
		this.clock = clock;
	}

	CompilationDocument model(Compilation compilation, String symbol, Language language) {
		return model(compilation, symbol, language, Language.EN);
	}

	/**
	 * The document in a language, prepared in another ({@code original}): every rendering
	 * says "Original: English" in its own language when the Secretariat wrote it in
	 * English.
	 */
	CompilationDocument model(Compilation compilation, String symbol, Language language, Language original) {
		CompilationDocument document = unset(compilation, symbol, language, original);
		return language == Language.FR ? FrenchSetting.set(document) : document;
	}

	private CompilationDocument unset(Compilation compilation, String symbol, Language language, Language original) {
		Locale locale = language.locale();
		CycleView cycle = compilation.cycle();
		MeetingView meeting = this.bodies.meeting(cycle.meeting()).orElseThrow();
		Name meetingName = this.meetings.meeting(meeting.id());
		// the scope is named with the article the sentence needs: "à l’Accord sur…"
		Name scope = compilation.instrument() == null ? this.names.family()
				: this.names.instrument(compilation.instrument());
		String title = compilation.instrument() == null ? text(locale, "document.compilation.title")
				: text(locale, "document.compilation.titleFor", scope.toThe().in(language).toUpperCase(locale));
		List<CycleRow> expected = this.cycles.overview(cycle.id())
			.stream()
			.filter(row -> row.mustReport() || row.invited() || row.report() != null)
			.toList();
		Compilation.Figures figures = compilation.figures();

		List<Part> parts = new ArrayList<>();
		List<String> introduction = new ArrayList<>();
		introduction.add(text(locale, "document.compilation.cycle", meetingName.the(), scope.toThe(),
				compilation.template().number(), cycle.deadline()));
		introduction.add(text(locale, "document.compilation.received", compilation.reports().size(), expected.size()));
		if (compilation.instrument() != null && !compilation.reports().isEmpty()) {
			introduction.add(text(locale,
					compilation.reports().size() == 1 ? "document.compilation.servingOnly"
							: "document.compilation.serving",
					compilation.reportsWithActivities(), compilation.reports().size(),
					this.names.instrumentAcronym(compilation.instrument())));
		}
		introduction.add(text(locale, "document.compilation.method"));
		parts.add(new Part(text(locale, "document.compilation.introduction"), introduction, List.of()));
		List<String> summary = new ArrayList<>();
		summary.add(text(locale, "document.compilation.combined", usd(figures.totalUsd(), locale),
				usd(figures.cashUsd(), locale), usd(figures.inKindUsd(), locale), figures.activities(),
				figures.countries()));
		if (figures.staffMonths().signum() > 0) {
			summary.add(text(locale, "document.compilation.staff",
					NumberFormat.getNumberInstance(locale).format(figures.staffMonths())));
		}
		List<String> money = List.of(text(locale, "document.compilation.cash"),
				text(locale, "document.compilation.inKind"), text(locale, "document.compilation.total"));
		List<Table> tables = new ArrayList<>();
		tables.add(new Table(text(locale, "document.compilation.table1"), money, List.of(List
			.of(usd(figures.cashUsd(), locale), usd(figures.inKindUsd(), locale), usd(figures.totalUsd(), locale)))));
		tables.add(breakdown(compilation, Dimension.INSTRUMENT, "document.compilation.table2",
				"document.compilation.instrument", locale));
		tables.add(breakdown(compilation, Dimension.REGION, "document.compilation.table3",
				"document.compilation.region", locale));
		tables.add(breakdown(compilation, Dimension.SPECIES_GROUP, "document.compilation.table4",
				"document.compilation.speciesGroup", locale));
		tables.add(breakdown(compilation, Dimension.TARGET, "document.compilation.table5",
				"document.compilation.target", locale));
		parts.add(new Part(text(locale, "document.compilation.summary"), summary, tables));

		List<Contribution> contributions = compilation.reports()
			.stream()
			.map(compiled -> contribution(compiled, compilation.template().content(), locale))
			.toList();

		List<Table> annexes = List.of(Annexes.rates(compilation, this.names, locale),
				Annexes.organizations(expected, compilation, this.names, locale));
		return new CompilationDocument(symbol, UnDates.date(LocalDate.now(this.clock), language),
				text(locale, "document.register.original", original.locale().getDisplayLanguage(locale)),
				heading(compilation, meeting, locale),
				text(locale, "document.compilation.meeting", meetingName.bare(), meeting.place(),
						UnDates.rangePhrase(meeting.startsOn(), meeting.endsOn())),
				title, text(locale, "document.compilation.preparedBy"), parts, contributions,
				text(locale, "document.compilation.asReceived"), text(locale, "document.compilation.asReceivedIntro"),
				annexes, text(locale, "document.distribution"));
	}

	/**
	 * The instrument the document is headed with: the one it is compiled for, otherwise
	 * the one whose body meets; the Convention's short heading for the Convention.
	 */
	private String heading(Compilation compilation, MeetingView meeting, Locale locale) {
		String instrument = compilation.instrument() != null ? compilation.instrument() : meeting.instrument();
		return instrument.equals(GoverningBody.CONVENTION) ? text(locale, "document.register.convention")
				: this.names.instrumentName(instrument, locale).toUpperCase(locale);
	}

	private Table breakdown(Compilation compilation, Dimension dimension, String caption, String heading,
			Locale locale) {
		List<List<String>> rows = new ArrayList<>();
		for (Row row : compilation.figures().by(dimension)) {
			rows.add(List.of(this.names.codeName(dimension, row.code(), locale), String.valueOf(row.activities()),
					usd(row.cashUsd(), locale), usd(row.inKindUsd(), locale), usd(row.totalUsd(), locale)));
		}
		return new Table(text(locale, caption),
				List.of(text(locale, heading), text(locale, "document.compilation.activities"),
						text(locale, "document.compilation.cash"), text(locale, "document.compilation.inKind"),
						text(locale, "document.compilation.total")),
				rows);
	}

	private Contribution contribution(Compiled compiled, TemplateContent template, Locale locale) {
		String country = compiled.country() == null ? null : new CountryCode(compiled.country()).displayName(locale);
		if (compiled.report().visibility() != Visibility.PUBLIC) {
			return new Contribution(compiled.organizationName(), country, true,
					text(locale, "document.compilation.internal"), List.of());
		}
		ReportAnswers answers = compiled.report().answers();
		List<Section> sections = new ArrayList<>();
		for (TemplateSection section : template.sections()) {
			List<Entry> entries = new ArrayList<>();
			List<Table> groups = new ArrayList<>();
			List<Block> blocks = new ArrayList<>();
			for (TemplateField field : section.fields()) {
				if (field.type() == FieldType.GROUP) {
					List<Answer.Entry> group = answers.entries(field.key());
					if (group.isEmpty()) {
						continue;
					}
					if (field.fields().size() > TABLE_COLUMNS) {
						group.forEach(entry -> blocks.add(block(field, entry, template, answers, locale)));
						continue;
					}
					List<List<String>> rows = new ArrayList<>();
					for (Answer.Entry entry : group) {
						rows.add(field.fields()
							.stream()
							.map(child -> value(child, entry.answer(child.key()).orElse(null), template, answers,
									locale))
							.toList());
					}
					String caption = field.label(locale).equals(section.title(locale)) ? "" : field.label(locale);
					groups.add(new Table(caption, field.fields().stream().map(child -> child.label(locale)).toList(),
							rows));
				}
				else {
					String value = value(field, answers.answer(field.key()).orElse(null), template, answers, locale);
					if (!value.isEmpty()) {
						entries.add(new Entry(field.label(locale), value));
					}
				}
			}
			if (!entries.isEmpty() || !groups.isEmpty() || !blocks.isEmpty()) {
				sections.add(new Section(section.title(locale), entries, blocks, groups));
			}
		}
		return new Contribution(compiled.organizationName(), country, false, "", sections);
	}

	private Block block(TemplateField group, Answer.Entry entry, TemplateContent template, ReportAnswers answers,
			Locale locale) {
		String title = "";
		List<Entry> facts = new ArrayList<>();
		List<Entry> texts = new ArrayList<>();
		for (TemplateField child : group.fields()) {
			String value = value(child, entry.answer(child.key()).orElse(null), template, answers, locale);
			if (value.isEmpty()) {
				continue;
			}
			if (title.isEmpty() && (child.role() == FieldRole.ACTIVITY_TITLE || child.type() == FieldType.TEXT)) {
				title = value;
			}
			else if (child.type() == FieldType.LONG_TEXT) {
				texts.add(new Entry(child.label(locale), value));
			}
			else {
				facts.add(new Entry(child.label(locale), value));
			}
		}
		return new Block(title, facts, texts);
	}

	private String value(TemplateField field, @Nullable Answer value, TemplateContent template, ReportAnswers answers,
			Locale locale) {
		return this.display.of(field, value, template, answers, locale, true);
	}

	private String text(Locale locale, String key, Object... arguments) {
		return this.names.text(locale, key, arguments);
	}

	private static String usd(java.math.BigDecimal amount, Locale locale) {
		return Compilation.usd(amount, locale);
	}

}
