package org.synergies.mandates.internal;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.synergies.documents.DocumentRenderer;
import org.synergies.mandates.Addressee;
import org.synergies.mandates.DecisionPeriods;
import org.synergies.mandates.DecisionPeriods.Lapsing;
import org.synergies.mandates.Duties;
import org.synergies.mandates.Duty;
import org.synergies.mandates.DutyNote;
import org.synergies.mandates.MandateKind;
import org.synergies.mandates.MandateView;
import org.synergies.mandates.Mandates;
import org.synergies.mandates.ParagraphKind;
import org.synergies.mandates.ParagraphView;
import org.synergies.mandates.RenewalProposal;
import org.synergies.mandates.SubParagraph;
import org.synergies.meetings.MeetingNames;
import org.synergies.meetings.MeetingView;
import org.synergies.shared.FieldProblem;
import org.synergies.shared.FrenchTypography;
import org.synergies.shared.InvalidInputException;
import org.synergies.shared.Language;
import org.synergies.shared.UnDates;

/**
 * The Secretariat's documents on decisions, in DOCX, PDF or HTML and in English, French
 * or Spanish, under the symbol it enters: the draft decisions for a meeting as a UN
 * annex, grouped by whom they are directed to ("Directed to the Secretariat"), as the
 * seed's Annex 2 sets them; and the decisions that lapse at a meeting, grouped by the
 * Secretariat's proposal (renew, delete, undecided).
 */
@Service
public class DecisionDocuments {

	/** A generated file, ready to download. */
	public record Generated(byte[] content, String fileName, String mediaType) {
	}

	private static final String TEMPLATE = "mandates-decisions";

	private static final String KEY = "document.mandates.";

	private static final Map<String, String> MEDIA_TYPES = Map.of("docx",
			"application/vnd.openxmlformats-officedocument.wordprocessingml.document", "pdf", "application/pdf", "html",
			"text/html;charset=UTF-8");

	private final Mandates mandates;

	private final Duties duties;

	private final DecisionPeriods periods;

	private final MeetingNames names;

	private final DocumentRenderer renderer;

	private final MessageSource messages;

	private final Clock clock;

	DecisionDocuments(Mandates mandates, Duties duties, DecisionPeriods periods, MeetingNames names,
			DocumentRenderer renderer, MessageSource messages, Clock clock) {
		this.mandates = mandates;
		this.duties = duties;
		this.periods = periods;
		this.names = names;
		this.renderer = renderer;
		this.messages = messages;
		this.clock = clock;
	}

	/**
	 * The decisions recorded for a meeting that are still drafts, grouped by addressees.
	 * @throws InvalidInputException naming every parameter that is wrong, or
	 * {@code meeting} when the meeting has no draft decision
	 */
	@Transactional(readOnly = true)
	public Generated draftDecisions(MeetingView meeting, @Nullable String symbol, @Nullable String language,
			@Nullable String format, Locale reader) {
		Request request = Request.of(symbol, language, format, reader);
		List<MandateView> drafts = this.mandates.list()
			.stream()
			.filter(text -> text.kind() == MandateKind.DECISION && !text.isPublic()
					&& meeting.id().equals(text.meeting()))
			.toList();
		if (drafts.isEmpty()) {
			throw new InvalidInputException(List.of(new FieldProblem("meeting", "mandates.documents.noDrafts")));
		}
		Language lang = request.language();
		Locale locale = lang.locale();
		// by the decisions' heading ("Synergies and partnerships"), then by addressees
		Map<List<Object>, List<DecisionsDocument.Entry>> byAddressees = new LinkedHashMap<>();
		drafts.stream()
			// stable: the list is in the order of the numbers already
			.sorted(java.util.Comparator.comparing((MandateView text) -> section(text, lang))
				.thenComparingInt(text -> order(this.duties.of(text.id()))))
			.forEach(text -> byAddressees
				.computeIfAbsent(List.of(section(text, lang), this.duties.of(text.id()).addressees()),
						key -> new ArrayList<>())
				.add(entry(text, text.number(), List.of(), lang)));
		List<DecisionsDocument.Group> groups = new ArrayList<>();
		byAddressees.forEach((key, entries) -> {
			String section = (String) key.get(0);
			@SuppressWarnings("unchecked")
			Set<Addressee> addressees = (Set<Addressee>) key.get(1);
			groups.add(new DecisionsDocument.Group(section.isEmpty() ? null : section.toUpperCase(locale),
					addressees.isEmpty() ? null : directedTo(addressees, locale), entries));
		});
		String title = text(locale, "drafts.title");
		String subtitle = common(drafts, lang);
		return generate(request, "draft-decisions-" + meeting.code(),
				model(request, title, subtitle == null ? null : subtitle.toUpperCase(locale), List.of(), groups));
	}

	/**
	 * The decisions that lapse at a meeting unless renewed, by the Secretariat's
	 * proposal.
	 */
	@Transactional(readOnly = true)
	public Generated lapsing(MeetingView meeting, @Nullable String symbol, @Nullable String language,
			@Nullable String format, Locale reader) {
		Request request = Request.of(symbol, language, format, reader);
		Language lang = request.language();
		Locale locale = lang.locale();
		List<Lapsing> lapsing = this.periods.lapsingAt(meeting.id());
		org.synergies.shared.Name named = this.names.meeting(meeting.id());
		String at = named.in(lang);
		List<DecisionsDocument.Group> groups = new ArrayList<>();
		for (RenewalProposal proposal : List.of(RenewalProposal.RENEW, RenewalProposal.DELETE,
				RenewalProposal.UNDECIDED)) {
			List<DecisionsDocument.Entry> entries = lapsing.stream()
				.filter(each -> each.period().proposal() == proposal)
				.map(each -> entry(each.decision(),
						message(locale, "mandates.kind.DECISION") + " " + each.decision().number(), facts(each, lang),
						lang))
				.toList();
			if (!entries.isEmpty()) {
				groups.add(new DecisionsDocument.Group(text(locale, "lapsing.group." + proposal), entries));
			}
		}
		List<String> introduction = List
			.of(lapsing.isEmpty() ? text(locale, "lapsing.none", named.the(), named.ofThe(), named.toThe())
					: text(locale, "lapsing.intro", named.the(), named.ofThe(), named.toThe(), lapsing.size()));
		return generate(request, "decisions-lapsing-" + meeting.code(),
				model(request, text(locale, "lapsing.title"), at, introduction, groups));
	}

	private DecisionsDocument model(Request request, String title, @Nullable String subtitle, List<String> introduction,
			List<DecisionsDocument.Group> groups) {
		Language language = request.language();
		Locale locale = language.locale();
		UnaryOperator<String> set = text -> FrenchTypography.apply(text, language);
		List<DecisionsDocument.Group> typeset = groups.stream()
			.map(group -> new DecisionsDocument.Group(group.section() == null ? null : set
				.apply(group.section()), group.heading() == null ? null : set.apply(group.heading()), group.entries()
					.stream()
					.map(entry -> new DecisionsDocument.Entry(entry.anchor(), entry.number(),
							entry.texts().stream().map(set).toList(), entry.subParagraphs().stream().map(set).toList(),
							entry.facts().stream().map(set).toList()))
					.toList()))
			.toList();
		return new DecisionsDocument(set.apply(message(locale, "document.register.convention")), request.symbol(),
				set.apply(message(locale, "document.distribution")), UnDates.date(LocalDate.now(this.clock), language),
				set.apply(
						message(locale, "document.register.original", Language.EN.locale().getDisplayLanguage(locale))),
				set.apply(title.toUpperCase(locale)), subtitle == null ? null : set.apply(subtitle),
				introduction.stream().map(set).toList(), typeset);
	}

	private Generated generate(Request request, String name, DecisionsDocument document) {
		Language language = request.language();
		byte[] content = switch (request.format()) {
			case "pdf" -> this.renderer.pdf(TEMPLATE, language, Map.of("document", document));
			case "html" ->
				this.renderer.html(TEMPLATE, language, Map.of("document", document)).getBytes(StandardCharsets.UTF_8);
			default -> DecisionsDocx.write(document, language.locale());
		};
		return new Generated(content, name + "-" + language.code() + "." + request.format(),
				MEDIA_TYPES.get(request.format()));
	}

	/**
	 * A decision's operative text in a language, or a line saying it is missing in it.
	 */
	private DecisionsDocument.Entry entry(MandateView decision, String number, List<String> facts, Language language) {
		List<ParagraphView> paragraphs = decision.in(language)
			.stream()
			.filter(paragraph -> paragraph.kind() == ParagraphKind.OPERATIVE)
			.toList();
		List<String> texts = paragraphs.isEmpty()
				? List.of(text(language.locale(), "missing", language.locale().getDisplayLanguage(language.locale())))
				: paragraphs.stream().map(ParagraphView::fullText).toList();
		List<String> subParagraphs = paragraphs.stream()
			.flatMap(paragraph -> paragraph.subParagraphs().stream())
			.map(sub -> sub.label() == null ? "– " + sub.text() : sub.printedLabel() + " " + sub.text())
			.toList();
		return new DecisionsDocument.Entry("decision-" + decision.number(), number,
				facts.isEmpty() ? texts : List.of(title(decision, language)),
				facts.isEmpty() ? subParagraphs : List.of(), facts);
	}

	private List<String> facts(Lapsing lapsing, Language language) {
		Locale locale = language.locale();
		Duty duty = lapsing.duty();
		List<String> facts = new ArrayList<>();
		org.synergies.shared.Name from = this.names.meeting(lapsing.period().from().id());
		org.synergies.shared.Name until = this.names.meeting(lapsing.period().until().id());
		facts.add(text(locale, "lapsing.period", from.the(), until.the(), from.ofThe(), until.toThe()));
		if (!duty.addressees().isEmpty()) {
			facts.add(text(locale, "lapsing.addressees", names(duty.addresseesInOrder(), locale)));
		}
		facts.add(text(locale, "lapsing.status", message(locale, "mandates.duty.status." + duty.status())));
		if (!duty.notes().isEmpty()) {
			DutyNote latest = duty.notes().get(0);
			facts.add(
					text(locale, "lapsing.note", UnDates.date(latest.notedOn(), language), latest.in(language).text()));
		}
		return facts;
	}

	/** "Directed to the Secretariat", "À l’attention des Parties et des ONG". */
	String directedTo(Set<Addressee> addressees, Locale locale) {
		List<String> phrases = addressees.stream()
			.sorted()
			.map(addressee -> message(locale, "mandates.addressee." + addressee + ".to"))
			.toList();
		return message(locale, "mandates.addressee.directedTo", join(phrases, locale));
	}

	private String names(List<Addressee> addressees, Locale locale) {
		return join(addressees.stream().map(addressee -> message(locale, "mandates.addressee." + addressee)).toList(),
				locale);
	}

	private String join(List<String> parts, Locale locale) {
		if (parts.size() == 1) {
			return parts.get(0);
		}
		return String.join(", ", parts.subList(0, parts.size() - 1)) + message(locale, "mandates.addressee.and")
				+ parts.get(parts.size() - 1);
	}

	private static int order(Duty duty) {
		return duty.addresseesInOrder().stream().mapToInt(Enum::ordinal).findFirst().orElse(Integer.MAX_VALUE);
	}

	/** The title the decisions share, if they all have one in the language. */
	/** The decision's heading in the document's language (else in another), or "". */
	private static String section(MandateView decision, Language language) {
		String section = decision.heading().inOrAny(language);
		return section == null ? "" : section;
	}

	private static @Nullable String common(List<MandateView> decisions, Language language) {
		String first = title(decisions.get(0), language);
		return decisions.stream().allMatch(decision -> first.equals(title(decision, language))) && !first.isEmpty()
				? first : null;
	}

	private static String title(MandateView decision, Language language) {
		String title = decision.title(language);
		return title != null ? title : decision.titleEn() != null ? decision.titleEn() : "";
	}

	private String text(Locale locale, String key, Object... arguments) {
		return message(locale, KEY + key, arguments);
	}

	private String message(Locale locale, String key, Object... arguments) {
		return this.messages.getMessage(key, arguments, locale);
	}

	/** The parameters of a request for a document, checked. */
	private record Request(String symbol, Language language, String format) {

		static Request of(@Nullable String symbol, @Nullable String language, @Nullable String format, Locale reader) {
			List<FieldProblem> problems = new ArrayList<>();
			String checkedSymbol = symbol == null ? "" : symbol.strip();
			if (checkedSymbol.length() > 100) {
				problems.add(new FieldProblem("symbol", "validation.too-long-n", 100));
			}
			Language checkedLanguage = language == null || language.isBlank() ? Language.of(reader)
					: Language.fromCode(language).orElse(null);
			if (checkedLanguage == null) {
				problems.add(new FieldProblem("language", "validation.choose"));
			}
			String checkedFormat = format == null || format.isBlank() ? "docx"
					: format.strip().toLowerCase(Locale.ROOT);
			if (!MEDIA_TYPES.containsKey(checkedFormat)) {
				problems.add(new FieldProblem("format", "validation.choose"));
			}
			if (!problems.isEmpty() || checkedLanguage == null) {
				throw new InvalidInputException(problems);
			}
			return new Request(checkedSymbol, checkedLanguage, checkedFormat);
		}

	}

}
