package org.synergies.mandates;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.synergies.audit.AuditTrail;
import org.synergies.mandates.internal.MandateRecords;
import org.synergies.mandates.internal.RepealRecords;
import org.synergies.mandates.internal.RepealRecords.Repeal;
import org.synergies.shared.FieldProblem;
import org.synergies.shared.InvalidInputException;
import org.synergies.shared.NotFoundException;

/**
 * Repeals: an operative paragraph of an adopted text repeals other texts, named by their
 * symbols ("Resolution 7.9", "Résolution 8.11", "9.6", "Decision 13.AA") and resolved
 * here, every one or none. A repealed text shows which paragraph repealed it and drops
 * out of the active mandates. Naming again a text the same text already repealed (a later
 * revision restating the repeal) keeps the first repeal.
 */
@Service
public class Repeals {

	private static final Pattern SYMBOL = Pattern.compile(
			"(?:(resolution|résolution|resolución|res\\.?|decision|décision|decisión|dec\\.?)\\s*)?"
					+ "(\\d{1,2}\\.(?:\\d{1,3}|[a-z]{1,3}))(?:\\s*\\((?:rev|rév)\\.?\\s*([a-z]{2,5}\\s*\\d{1,2})\\))?",
			Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

	private final Mandates mandates;

	private final MandateRecords records;

	private final RepealRecords repeals;

	private final MandateAccess access;

	private final AuditTrail audit;

	private final Clock clock;

	Repeals(Mandates mandates, MandateRecords records, RepealRecords repeals, MandateAccess access, AuditTrail audit,
			Clock clock) {
		this.mandates = mandates;
		this.records = records;
		this.repeals = repeals;
		this.access = access;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Records that operative paragraph {@code paragraph} of the adopted text
	 * {@code repealingMandate} repeals the texts named, all or none: an unknown or
	 * unreadable symbol, the text itself, a text another text already repealed, a
	 * paragraph the text does not have or a text not adopted are refused.
	 * @return the repeals the paragraph makes of the texts named
	 */
	@Transactional
	public List<RepealView> repeal(UUID repealingMandate, @Nullable ParagraphNumber paragraph, List<String> symbols) {
		MandateView repealing = this.records.findById(repealingMandate)
			.map(org.synergies.mandates.internal.Mandate::view)
			.orElseThrow(() -> new NotFoundException(Mandates.AUDITED_AS, repealingMandate));
		List<FieldProblem> problems = new ArrayList<>();
		if (repealing.status() != MandateStatus.ADOPTED) {
			problems.add(new FieldProblem("paragraph", "mandates.repeal.notAdopted"));
		}
		if (paragraph == null) {
			problems.add(new FieldProblem("paragraph", "mandates.repeal.paragraph.required"));
		}
		else if (repealing.paragraphs()
			.stream()
			.noneMatch(each -> each.kind() == ParagraphKind.OPERATIVE && each.paragraphNumber().equals(paragraph))) {
			problems.add(new FieldProblem("paragraph", "mandates.repeal.paragraph.unknown", paragraph.toString()));
		}
		Map<String, MandateView> named = new LinkedHashMap<>();
		for (MandateView text : named(repealing, symbols, problems)) {
			if (this.repeals.of(text.kind(), text.number()).isEmpty()) {
				named.putIfAbsent(text.kind() + " " + text.number(), text);
			}
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		Instant now = Instant.now(this.clock).truncatedTo(ChronoUnit.MICROS);
		for (MandateView text : named.values()) {
			Repeal repeal = new Repeal(UUID.randomUUID(), repealingMandate, paragraph.toString(), text.kind(),
					text.number(), now);
			this.repeals.insert(repeal);
			this.audit.record(Mandates.AUDITED_AS, repealingMandate, "repealed", null,
					Map.of("paragraph", repeal.paragraph(), "repealed", symbol(text)));
		}
		return this.repeals.by(repealingMandate)
			.stream()
			.filter(repeal -> repeal.paragraph().equals(paragraph.toString()))
			.map(this::view)
			.toList();
	}

	/**
	 * The texts the symbols name for a paragraph of (a revision of) {@code repealing},
	 * each once, those this text already repealed included; the problems of the others
	 * (none named, an unknown symbol, the text itself, a text another text repealed) are
	 * added to {@code problems}.
	 */
	List<MandateView> named(MandateView repealing, List<String> symbols, List<FieldProblem> problems) {
		Map<String, MandateView> named = new LinkedHashMap<>();
		List<String> written = symbols.stream().map(String::strip).filter(symbol -> !symbol.isEmpty()).toList();
		if (written.isEmpty()) {
			problems.add(new FieldProblem("symbols", "mandates.repeal.symbols.required"));
		}
		for (String symbol : written) {
			Optional<MandateView> found = resolve(symbol);
			if (found.isEmpty()) {
				problems.add(new FieldProblem("symbols", "mandates.repeal.symbol.unknown", symbol));
				continue;
			}
			MandateView text = found.get();
			if (text.kind() == repealing.kind() && text.number().equals(repealing.number())) {
				problems.add(new FieldProblem("symbols", "mandates.repeal.symbol.self", symbol));
				continue;
			}
			Optional<Repeal> earlier = this.repeals.of(text.kind(), text.number());
			if (earlier.isPresent()) {
				MandateView by = this.records.findById(earlier.get().repealing()).orElseThrow().view();
				if (by.kind() != repealing.kind() || !by.number().equals(repealing.number())) {
					problems.add(new FieldProblem("symbols", "mandates.repeal.symbol.already", symbol, by.reference(),
							earlier.get().paragraph()));
					continue;
				}
			}
			named.putIfAbsent(text.kind() + " " + text.number(), text);
		}
		return List.copyOf(named.values());
	}

	/** The repeal of this text, when the reader may see the text that repealed it. */
	@Transactional(readOnly = true)
	public Optional<RepealView> of(MandateView mandate) {
		return this.repeals.of(mandate.kind(), mandate.number()).map(this::view).filter(this::visible);
	}

	/** The repeals this text makes, by paragraph. */
	@Transactional(readOnly = true)
	public List<RepealView> by(UUID mandate) {
		return this.repeals.by(mandate).stream().map(this::view).toList();
	}

	/** The repeals one operative paragraph ("27") of this text makes. */
	@Transactional(readOnly = true)
	public List<RepealView> by(UUID mandate, String paragraph) {
		return by(mandate).stream().filter(repeal -> repeal.paragraph().equals(paragraph)).toList();
	}

	/** Whether the text is active or repealed (for the reader). */
	@Transactional(readOnly = true)
	public MandateStanding standing(MandateView mandate) {
		return of(mandate).isPresent() ? MandateStanding.REPEALED : MandateStanding.ACTIVE;
	}

	/**
	 * The texts the reader may see with the given standing (every text when none), in the
	 * order of {@link Mandates#list()}.
	 */
	@Transactional(readOnly = true)
	public List<MandateView> list(@Nullable MandateStanding standing) {
		List<RepealView> all = this.repeals.all().stream().map(this::view).filter(this::visible).toList();
		return this.mandates.list().stream().filter(mandate -> {
			boolean repealed = all.stream().anyMatch(repeal -> repeal.repeals(mandate));
			return standing == null || (standing == MandateStanding.REPEALED) == repealed;
		}).toList();
	}

	/** The text a symbol names, as the reader may see it: the latest revision. */
	Optional<MandateView> resolve(String symbol) {
		Matcher matcher = SYMBOL.matcher(symbol.strip());
		if (!matcher.matches()) {
			return Optional.empty();
		}
		String kindWord = matcher.group(1) == null ? "resolution" : matcher.group(1).toLowerCase(Locale.ROOT);
		MandateKind kind = kindWord.startsWith("d") ? MandateKind.DECISION : MandateKind.RESOLUTION;
		String number = matcher.group(2).toUpperCase(Locale.ROOT);
		String revision = matcher.group(3) == null ? null
				: matcher.group(3).replaceAll("\\s", "").toUpperCase(Locale.ROOT);
		return this.records.findAllByKindAndSymbolNumber(kind, number)
			.stream()
			.map(org.synergies.mandates.internal.Mandate::view)
			.filter(this.access::canSee)
			.filter(text -> revision == null || revision.equals(text.revision()))
			.max(Mandates.BY_SYMBOL);
	}

	private RepealView view(Repeal repeal) {
		MandateView repealing = this.records.findById(repeal.repealing()).orElseThrow().view();
		String address = "/mandates/" + repealing.slug()
				+ (repealing.revisionSlug() == null ? "" : "/" + repealing.revisionSlug());
		return new RepealView(repeal.id(), repeal.repealedKind(), repeal.repealedNumber(), repealing.id(),
				repealing.kind(), repealing.reference(), address, repeal.paragraph(), repeal.recordedAt());
	}

	private boolean visible(RepealView repeal) {
		return this.records.findById(repeal.repealing()).map(m -> this.access.canSee(m.view())).orElse(false);
	}

	private static String symbol(MandateView mandate) {
		return (mandate.kind() == MandateKind.RESOLUTION ? "Resolution " : "Decision ") + mandate.reference();
	}

}
