package org.synergies.mandates;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.synergies.audit.AuditTrail;
import org.synergies.mandates.internal.Amendment;
import org.synergies.meetings.AdoptableTexts;
import org.synergies.meetings.Adoptions;
import org.synergies.shared.FieldProblem;
import org.synergies.shared.InvalidInputException;
import org.synergies.shared.RuleViolationException;

/**
 * Repeals proposed by an amendment: while the amendment is a draft, the Secretariat
 * records that an operative paragraph of the amended text ("27", "6.bis") repeals other
 * texts, named by their symbols and resolved by {@link Repeals} (every one or none); when
 * the amendment is adopted the repeals are carried onto that paragraph of the new
 * revision, under its new number. A text the revision amended already repealed and the
 * amendment restates keeps its first repeal.
 */
@Service
public class AmendmentRepeals {

	private final AdoptableTexts<Amendment, AmendmentView> texts;

	private final Adoptions adoptions;

	private final Mandates mandates;

	private final Repeals repeals;

	private final AuditTrail audit;

	private final Clock clock;

	AmendmentRepeals(AdoptableTexts<Amendment, AmendmentView> texts, Adoptions adoptions, Mandates mandates,
			Repeals repeals, AuditTrail audit, Clock clock) {
		this.texts = texts;
		this.adoptions = adoptions;
		this.mandates = mandates;
		this.repeals = repeals;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * The texts the amendment (as the reader may see it) proposes to repeal, by
	 * paragraph.
	 */
	@Transactional(readOnly = true)
	public List<ProposedRepeal> of(AmendmentView amendment) {
		return this.texts.require(amendment.id()).repealsProposed();
	}

	/**
	 * Records that operative paragraph {@code paragraph} of the draft's amended text
	 * repeals the texts named, all or none; refused when the draft changed since
	 * {@code seen}.
	 */
	@Transactional
	public AmendmentView propose(UUID id, long seen, @Nullable String paragraph, List<String> symbols) {
		Amendment amendment = this.texts.require(id);
		MandateView base = this.mandates.require(amendment.mandateId());
		List<FieldProblem> problems = new ArrayList<>();
		ParagraphNumber number = null;
		if (paragraph == null || paragraph.isBlank()) {
			problems.add(new FieldProblem("paragraph", "mandates.repeal.paragraph.required"));
		}
		else {
			number = ParagraphNumber.parse(paragraph).orElse(null);
			if (number == null) {
				problems.add(new FieldProblem("paragraph", "mandates.paragraph.number.invalid", paragraph.strip()));
			}
		}
		List<MandateView> named = this.repeals.named(base, symbols, problems);
		if (!problems.isEmpty() || number == null) {
			throw new InvalidInputException(problems);
		}
		String at = number.toString();
		List<ProposedRepeal> proposed = named.stream()
			.map(text -> new ProposedRepeal(at, text.kind(), text.number()))
			.toList();
		Instant now = now();
		AmendmentView written = this.adoptions.write(this.texts, id, seen,
				draft -> draft.proposeRepeals(proposed, base.paragraphs(), now));
		this.audit.record(Amendments.AUDITED_AS, id, "repeal-proposed", null,
				Map.of("paragraph", at, "repealed", proposed.stream().map(ProposedRepeal::symbol).toList()));
		return written;
	}

	/**
	 * Withdraws the draft's proposed repeal of a text; refused when the draft changed
	 * since {@code seen}.
	 */
	@Transactional
	public AmendmentView withdraw(UUID id, long seen, MandateKind kind, String number) {
		Instant now = now();
		List<ProposedRepeal> withdrawn = new ArrayList<>();
		AmendmentView written = this.adoptions.write(this.texts, id, seen,
				draft -> withdrawn.add(draft.withdrawRepeal(kind, number, now)));
		this.audit.record(Amendments.AUDITED_AS, id, "repeal-withdrawn",
				Map.of("paragraph", withdrawn.get(0).paragraph(), "repealed", withdrawn.get(0).symbol()), null);
		return written;
	}

	/**
	 * Refuses an amendment one of whose repeals stands by a paragraph it no longer has.
	 */
	void requireAnchored(Amendment amendment, List<ParagraphView> base) {
		List<ProposedRepeal> adrift = amendment.repealsAdrift(base);
		if (!adrift.isEmpty()) {
			throw new RuleViolationException("mandates.amendmentRepeals.adrift", adrift.get(0).repealedNumber(),
					adrift.get(0).paragraph());
		}
	}

	/**
	 * Carries the adopted amendment's repeals onto the new revision, each under the new
	 * number of its paragraph ({@code consolidated} numbers the amended text's paragraphs
	 * in the order of {@link Amendment#lines(List)}).
	 */
	void carry(Amendment adopted, List<ParagraphView> base, Amendment.Consolidated consolidated, UUID revision) {
		requireAnchored(adopted, base);
		List<ConcordanceLine> amended = adopted.lines(base);
		Map<String, String> renumbered = new HashMap<>();
		for (int i = 0; i < amended.size(); i++) {
			ConcordanceLine line = amended.get(i);
			String after = consolidated.concordance().get(i).after();
			if (line.kind() == ParagraphKind.OPERATIVE && line.after() != null && after != null) {
				renumbered.put(line.after(), after);
			}
		}
		Map<String, List<String>> byParagraph = new LinkedHashMap<>();
		for (ProposedRepeal repeal : adopted.repealsProposed()) {
			byParagraph.computeIfAbsent(renumbered.get(repeal.paragraph()), key -> new ArrayList<>())
				.add(repeal.symbol());
		}
		byParagraph.forEach((paragraph, symbols) -> this.repeals.repeal(revision,
				ParagraphNumber.parse(paragraph).orElseThrow(), symbols));
	}

	private Instant now() {
		return Instant.now(this.clock).truncatedTo(ChronoUnit.MICROS);
	}

}
