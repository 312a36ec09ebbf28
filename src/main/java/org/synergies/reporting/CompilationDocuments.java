package org.synergies.reporting;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.synergies.documents.DocumentRenderer;
import org.synergies.documents.DocxWriter;
import org.synergies.documents.Spreadsheets;
import org.synergies.meetings.GoverningBodies;
import org.synergies.meetings.MeetingView;
import org.synergies.reference.ReferenceData;
import org.synergies.reporting.Compilation.Compiled;
import org.synergies.reporting.Compilation.Dimension;
import org.synergies.reporting.Compilation.Row;
import org.synergies.shared.CountryCode;
import org.synergies.shared.FieldProblem;
import org.synergies.shared.InvalidInputException;
import org.synergies.shared.Language;

/**
 * The compiled information document for the governing body, in UN document form, in
 * English, French or Spanish: the symbol the Secretariat entered, numbered paragraphs,
 * the summary with its tables, each organization's contribution as received in its own
 * language, and the annexes. Written as DOCX, PDF and HTML from one model; the underlying
 * data as XLSX and CSV.
 */
@Service
public class CompilationDocuments {

	/** The formats the compilation is written in. */
	public enum Format {

		DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document"), PDF("application/pdf"),
		HTML("text/html;charset=UTF-8"), XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
		CSV("text/csv;charset=UTF-8");

		private final String mediaType;

		Format(String mediaType) {
			this.mediaType = mediaType;
		}

		public String mediaType() {
			return this.mediaType;
		}

		public String extension() {
			return name().toLowerCase(Locale.ROOT);
		}

	}

	/** The document, as a model both renderings share. */
	public record Document(String symbol, String date, String original, String convention, String meeting, String title,
			String preparedBy, List<Part> parts, List<Contribution> contributions, String contributionsTitle,
			String contributionsIntro, List<Table> annexes) {
	}

	/** A part of the document: its heading, numbered paragraphs, then tables. */
	public record Part(String heading, List<String> paragraphs, List<Table> tables) {
	}

	public record Table(String caption, List<String> headings, List<List<String>> rows) {
	}

	/**
	 * One organization's report as received; {@code internal} when its text is not
	 * published.
	 */
	public record Contribution(String organization, @Nullable String country, boolean internal, String note,
			List<Section> sections) {
	}

	/**
	 * A section of a report: its answers, the entries of its large repeating groups (one
	 * block each), then its small repeating groups as tables.
	 */
	public record Section(String title, List<Entry> entries, List<Block> blocks, List<Table> groups) {
	}

	/**
	 * An entry of a repeating group with many fields (an activity): its title, its short
	 * answers on one line, its long answers as paragraphs.
	 */
	public record Block(String title, List<Entry> facts, List<Entry> texts) {

		public String factsLine() {
			return this.facts.stream()
				.map(fact -> fact.label() + ": " + fact.value())
				.collect(Collectors.joining(" · "));
		}

	}

	/** An answer: its label and value. */
	public record Entry(String label, String value) {
	}

	/**
	 * A repeating group with more fields than this is written entry by entry, not as a
	 * table.
	 */
	private static final int TABLE_COLUMNS = 5;

	private final DocumentRenderer renderer;

	private final MessageSource messages;

	private final ReferenceData reference;

	private final AnswerDisplay display;

	private final ReportingCycles cycles;

	private final GoverningBodies bodies;

	private final Clock clock;

	CompilationDocuments(DocumentRenderer renderer, MessageSource messages, ReferenceData reference,
			AnswerDisplay display, ReportingCycles cycles, GoverningBodies bodies, Clock clock) {
		this.renderer = renderer;
		this.messages = messages;
		this.reference = reference;
		this.display = display;
		this.cycles = cycles;
		this.bodies = bodies;
		this.clock = clock;
	}

	public byte[] write(Compilation compilation, String symbol, Language language, Format format) {
		requireSymbol(symbol);
		return switch (format) {
			case DOCX -> docx(model(compilation, symbol.strip(), language));
			case PDF -> this.renderer.pdf("reporting-compilation", language,
					Map.of("document", model(compilation, symbol.strip(), language)));
			case HTML -> this.renderer
				.html("reporting-compilation", language,
						Map.of("document", model(compilation, symbol.strip(), language)))
				.getBytes(java.nio.charset.StandardCharsets.UTF_8);
			case XLSX -> spreadsheet(compilation, language, true);
			case CSV -> spreadsheet(compilation, language, false);
		};
	}

	public static String fileName(Compilation compilation, Language language, Format format) {
		String scope = compilation.instrument() == null ? "cms-family"
				: compilation.instrument().toLowerCase(Locale.ROOT);
		return "civil-society-contributions-" + compilation.cycle().meetingCode().toLowerCase(Locale.ROOT) + "-" + scope
				+ "-" + language.code() + "." + format.extension();
	}

	private static void requireSymbol(@Nullable String symbol) {
		if (symbol == null || symbol.isBlank()) {
			throw new InvalidInputException(List.of(new FieldProblem("symbol", "validation.required")));
		}
		if (symbol.strip().length() > 100) {
			throw new InvalidInputException(List.of(new FieldProblem("symbol", "validation.too-long-n", 100)));
		}
	}

	public Document model(Compilation compilation, String symbol, Language language) {
		Locale locale = language.locale();
		DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
		CycleView cycle = compilation.cycle();
		MeetingView meeting = this.bodies.meeting(cycle.meeting()).orElseThrow();
		String bodyName = this.bodies.body(meeting.body()).map(body -> body.name(locale)).orElse(meeting.code());
		String scope = compilation.instrument() == null ? text(locale, "document.compilation.scopeAll")
				: this.reference.instrumentName(compilation.instrument(), locale);
		String title = compilation.instrument() == null ? text(locale, "document.compilation.title")
				: text(locale, "document.compilation.titleFor", scope.toUpperCase(locale));
		List<CycleRow> expected = this.cycles.overview(cycle.id())
			.stream()
			.filter(row -> row.mustReport() || row.invited() || row.report() != null)
			.toList();
		Compilation.Figures figures = compilation.figures();

		List<Part> parts = new ArrayList<>();
		parts.add(new Part(text(locale, "document.compilation.introduction"),
				List.of(text(locale, "document.compilation.cycle", meeting.code(), scope,
						compilation.template().number(), cycle.deadline()),
						text(locale, "document.compilation.received", compilation.reports().size(), expected.size()),
						text(locale, "document.compilation.method")),
				List.of()));
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

		List<Table> annexes = List.of(rates(compilation, locale), organizations(expected, compilation, locale));
		return new Document(symbol, dates.format(LocalDate.now(this.clock)), text(locale, "document.register.original"),
				text(locale, "document.register.convention"),
				text(locale, "document.compilation.meeting", bodyName, meeting.place(),
						dates.format(meeting.startsOn()) + " – " + dates.format(meeting.endsOn())),
				title, text(locale, "document.compilation.preparedBy"), parts, contributions,
				text(locale, "document.compilation.asReceived"), text(locale, "document.compilation.asReceivedIntro"),
				annexes);
	}

	private Table breakdown(Compilation compilation, Dimension dimension, String caption, String heading,
			Locale locale) {
		List<List<String>> rows = new ArrayList<>();
		for (Row row : compilation.figures().by(dimension)) {
			rows.add(List.of(codeName(dimension, row.code(), locale), String.valueOf(row.activities()),
					usd(row.cashUsd(), locale), usd(row.inKindUsd(), locale), usd(row.totalUsd(), locale)));
		}
		return new Table(text(locale, caption),
				List.of(text(locale, heading), text(locale, "document.compilation.activities"),
						text(locale, "document.compilation.cash"), text(locale, "document.compilation.inKind"),
						text(locale, "document.compilation.total")),
				rows);
	}

	/** The name of a code of a dimension in the reader's language. */
	public String codeName(Dimension dimension, String code, Locale locale) {
		if (code.isEmpty()) {
			return text(locale, "document.compilation.notAttributed");
		}
		return switch (dimension) {
			case INSTRUMENT -> this.reference.instrumentName(code, locale);
			case REGION -> this.reference.regionName(code, locale);
			case SPECIES_GROUP -> this.reference.speciesGroupName(code, locale);
			case TARGET -> code.matches("\\d+") ? this.reference.strategicPlanTarget(Integer.parseInt(code))
				.map(target -> target.label(locale))
				.orElse(code) : code;
		};
	}

	private Table rates(Compilation compilation, Locale locale) {
		NumberFormat amounts = NumberFormat.getNumberInstance(locale);
		amounts.setMaximumFractionDigits(2);
		NumberFormat rates = NumberFormat.getNumberInstance(locale);
		rates.setMaximumFractionDigits(6);
		List<List<String>> rows = compilation.figures()
			.currencies()
			.stream()
			.map(total -> List.of(total.currency(), rates.format(total.usdPerUnit()), amounts.format(total.cash()),
					amounts.format(total.inKind())))
			.toList();
		return new Table(text(locale, "document.compilation.annex1"),
				List.of(text(locale, "document.compilation.currency"), text(locale, "document.compilation.rate"),
						text(locale, "document.compilation.cashIn"), text(locale, "document.compilation.inKindIn")),
				rows);
	}

	private Table organizations(List<CycleRow> expected, Compilation compilation, Locale locale) {
		Set<UUID> compiled = compilation.reports()
			.stream()
			.map(report -> report.report().organization())
			.collect(Collectors.toSet());
		List<List<String>> rows = new ArrayList<>();
		for (CycleRow row : expected) {
			String progress = compiled.contains(row.organization())
					? text(locale, "document.compilation.progress.ACCEPTED")
					: text(locale, "document.compilation.progress." + row.progress().name());
			rows.add(List.of(row.organizationName(),
					row.country() == null ? "" : new CountryCode(row.country()).displayName(locale),
					text(locale, row.mustReport() ? "document.compilation.yes" : "document.compilation.no"), progress));
		}
		return new Table(text(locale, "document.compilation.annex2"),
				List.of(text(locale, "document.compilation.organization"), text(locale, "document.compilation.country"),
						text(locale, "document.compilation.accredited"), text(locale, "document.compilation.report")),
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

	private byte[] docx(Document document) {
		try (DocxWriter docx = new DocxWriter()) {
			docx.symbolBlock(document.symbol(), document.date(), document.original())
				.centred(document.convention(), true, 12)
				.centred(document.meeting(), false, 11)
				.centred(document.title(), true, 14)
				.centred(document.preparedBy(), false, 11);
			for (Part part : document.parts()) {
				docx.heading(part.heading(), 1);
				part.paragraphs().forEach(docx::numbered);
				part.tables().forEach(table -> docx.table(table.caption(), table.headings(), table.rows()));
			}
			docx.pageBreak().heading(document.contributionsTitle(), 1).numbered(document.contributionsIntro());
			for (Contribution contribution : document.contributions()) {
				docx.heading(contribution.organization()
						+ (contribution.country() == null ? "" : " (" + contribution.country() + ")"), 1);
				if (contribution.internal()) {
					docx.paragraph(contribution.note());
				}
				for (Section section : contribution.sections()) {
					docx.heading(section.title(), 2);
					section.entries().forEach(entry -> docx.labelled(entry.label(), entry.value()));
					for (Block block : section.blocks()) {
						docx.heading(block.title(), 3);
						if (!block.facts().isEmpty()) {
							docx.paragraph(block.factsLine());
						}
						block.texts().forEach(text -> docx.paragraph(text.value()));
					}
					section.groups().forEach(group -> docx.table(group.caption(), group.headings(), group.rows()));
				}
			}
			for (Table annex : document.annexes()) {
				docx.pageBreak().heading(annex.caption(), 1).table("", annex.headings(), annex.rows());
			}
			return docx.toBytes();
		}
	}

	private byte[] spreadsheet(Compilation compilation, Language language, boolean xlsx) {
		Locale locale = language.locale();
		List<String> columns = List.of("record", "organization", "report", "activity", "activityTitle", "instruments",
				"regions", "speciesGroups", "targets", "countries", "kind", "amount", "currency", "usdPerUnit", "usd");
		Consumer<Consumer<List<?>>> rows = row -> {
			for (Compilation.Activity activity : compilation.activities()) {
				row.accept(List.of("ACTIVITY", activity.organizationName(), activity.report().toString(), activity.id(),
						activity.title(), codes(activity.tags(Dimension.INSTRUMENT)),
						codes(activity.tags(Dimension.REGION)), codes(activity.tags(Dimension.SPECIES_GROUP)),
						codes(activity.tags(Dimension.TARGET)), codes(activity.countries()), "", "", "", "", ""));
			}
			for (Compilation.Line line : compilation.lines()) {
				row.accept(List.of(line.kind().name(), line.organizationName(), line.report().toString(),
						line.activity() == null ? "" : line.activity(),
						line.activityTitle() == null ? "" : line.activityTitle(),
						codes(line.tags(Dimension.INSTRUMENT)), codes(line.tags(Dimension.REGION)),
						codes(line.tags(Dimension.SPECIES_GROUP)), codes(line.tags(Dimension.TARGET)), "",
						line.kind().name(), line.amount(), line.currency(),
						compilation.cycle().rates().get(line.currency()),
						line.usd().setScale(2, RoundingMode.HALF_EVEN)));
			}
		};
		try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Spreadsheets.Table data = new Spreadsheets.Table("data", columns, rows);
			if (xlsx) {
				Spreadsheets.xlsx(List.of(data, figuresTable(compilation, locale)), out);
			}
			else {
				Spreadsheets.csv(data, out);
			}
			return out.toByteArray();
		}
		catch (IOException exception) {
			throw new UncheckedIOException(exception);
		}
	}

	private Spreadsheets.Table figuresTable(Compilation compilation, Locale locale) {
		return new Spreadsheets.Table("figures",
				List.of("dimension", "code", "name", "activities", "cashUsd", "inKindUsd", "totalUsd"), rows -> {
					Compilation.Figures figures = compilation.figures();
					rows.accept(List.of("TOTAL", "", text(locale, "document.compilation.total"), figures.activities(),
							rounded(figures.cashUsd()), rounded(figures.inKindUsd()), rounded(figures.totalUsd())));
					for (Dimension dimension : Dimension.values()) {
						for (Row row : figures.by(dimension)) {
							rows.accept(List.of(dimension.name(), row.code(), codeName(dimension, row.code(), locale),
									row.activities(), rounded(row.cashUsd()), rounded(row.inKindUsd()),
									rounded(row.totalUsd())));
						}
					}
				});
	}

	private static BigDecimal rounded(BigDecimal amount) {
		return amount.setScale(2, RoundingMode.HALF_EVEN);
	}

	private static String codes(Set<String> codes) {
		return codes.stream().sorted().collect(Collectors.joining(" "));
	}

	/** Whole US dollars, grouped as the reader's language groups digits. */
	public static String usd(BigDecimal amount, Locale locale) {
		return NumberFormat.getIntegerInstance(locale).format(amount.setScale(0, RoundingMode.HALF_EVEN));
	}

	private String text(Locale locale, String key, Object... arguments) {
		return this.messages.getMessage(key, arguments, locale);
	}

}
