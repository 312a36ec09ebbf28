package org.synergies.mandates.internal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.synergies.mandates.AmendmentOperation;
import org.synergies.mandates.ConcordanceLine;
import org.synergies.mandates.ParagraphDetails;
import org.synergies.mandates.ParagraphKind;
import org.synergies.mandates.ParagraphView;
import org.synergies.mandates.TrackedParagraph;
import org.synergies.shared.Language;
import org.synergies.shared.RuleViolationException;
import org.synergies.shared.VersionStatus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A draft amendment changes paragraphs language by language, refuses what the text's
 * state forbids, and consolidates into a text renumbered in order with its concordance.
 */
class AmendmentTests {

	static final Instant NOW = Instant.parse("2020-01-10T10:00:00Z");

	static final ParagraphKind O = ParagraphKind.OPERATIVE;

	static final List<ParagraphView> BASE = List.of(paragraph(Language.FR, "5", "Se félicite", "de la mise en œuvre"),
			paragraph(Language.FR, "6", "Encourage en outre", "le Secrétariat"),
			paragraph(Language.FR, "7", "Prie aussi", "le Secrétariat de faciliter"),
			paragraph(Language.EN, "5", "Welcomes", "the implementation"),
			paragraph(Language.EN, "6", "Further encourages", "the Secretariat"),
			paragraph(Language.EN, "7", "Also requests", "the Secretariat to facilitate"));

	@Test
	void insertsSixBisAndRenumbersWithAConcordance() {
		Amendment amendment = draft();
		amendment.apply(AmendmentOperation.insert(Language.FR, O, "6 bis", "Demande", "au Secrétariat", null), BASE,
				NOW);
		amendment.apply(AmendmentOperation.insert(Language.EN, O, "6.bis", "Requests", "the Secretariat", null), BASE,
				NOW);
		amendment.apply(AmendmentOperation.delete(Language.FR, O, "7"), BASE, NOW);
		amendment.apply(AmendmentOperation.delete(Language.EN, O, "7"), BASE, NOW);

		Amendment.Consolidated consolidated = amendment.consolidate(BASE);

		assertThat(consolidated.concordance()).containsExactly(new ConcordanceLine(O, "5", "1"),
				new ConcordanceLine(O, "6", "2"), new ConcordanceLine(O, null, "3"), new ConcordanceLine(O, "7", null));
		assertThat(consolidated.paragraphs()).filteredOn(details -> details.language() == Language.FR)
			.extracting(ParagraphDetails::number, ParagraphDetails::openingWords)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("1", "Se félicite"),
					org.assertj.core.groups.Tuple.tuple("2", "Encourage en outre"),
					org.assertj.core.groups.Tuple.tuple("3", "Demande"));
	}

	@Test
	void tracksTheSeedsParagraphFiveInFrench() {
		Amendment amendment = draft();
		amendment.apply(AmendmentOperation.edit(Language.FR, O, "5", "Encourage", "la mise en œuvre", null), BASE, NOW);

		List<TrackedParagraph> tracked = Tracking.track(BASE.stream().filter(p -> p.language() == Language.FR).toList(),
				amendment.amended(BASE, Language.FR), amendment.lines(BASE), line -> false);

		assertThat(tracked.get(0).state()).isEqualTo(TrackedParagraph.State.EDITED);
		assertThat(tracked.get(0).openingWordsHtml()).isEqualTo("<del>Se félicite</del><ins>Encourage</ins>");
		assertThat(tracked.get(0).textHtml()).isEqualTo("<del>de la</del><ins>la</ins> mise en œuvre");
		assertThat(tracked.get(1).state()).isEqualTo(TrackedParagraph.State.KEPT);
	}

	@Test
	void refusesAParagraphDeletedTwiceAndANumberTaken() {
		Amendment amendment = draft();
		amendment.apply(AmendmentOperation.delete(Language.FR, O, "7"), BASE, NOW);

		assertThatThrownBy(() -> amendment.apply(AmendmentOperation.delete(Language.FR, O, "7"), BASE, NOW))
			.isInstanceOfSatisfying(RuleViolationException.class,
					broken -> assertThat(broken.messageKey()).isEqualTo("amendment.rule.already-deleted"));
		assertThatThrownBy(() -> amendment
			.apply(AmendmentOperation.insert(Language.FR, O, "6", "Demande", "au Secrétariat", null), BASE, NOW))
			.isInstanceOfSatisfying(RuleViolationException.class,
					broken -> assertThat(broken.messageKey()).isEqualTo("amendment.rule.number-taken"));
	}

	@Test
	void aMovedParagraphKeepsItsOldNumberInTheConcordance() {
		Amendment amendment = draft();
		amendment.apply(AmendmentOperation.move(Language.FR, O, "7", "5.bis"), BASE, NOW);
		amendment.apply(AmendmentOperation.move(Language.EN, O, "7", "5.bis"), BASE, NOW);

		assertThat(amendment.consolidate(BASE).concordance()).containsExactly(new ConcordanceLine(O, "5", "1"),
				new ConcordanceLine(O, "7", "2"), new ConcordanceLine(O, "6", "3"));
	}

	@Test
	void onlyADraftChanges() {
		Amendment amendment = draft();
		assertThatThrownBy(() -> amendment.submit(NOW)).isInstanceOf(RuleViolationException.class);
		amendment.apply(AmendmentOperation.delete(Language.FR, O, "7"), BASE, NOW);
		amendment.submit(NOW);

		assertThat(amendment.status()).isEqualTo(VersionStatus.SUBMITTED);
		assertThatThrownBy(() -> amendment.apply(AmendmentOperation.delete(Language.FR, O, "6"), BASE, NOW))
			.isInstanceOf(RuleViolationException.class);
	}

	private static Amendment draft() {
		return Amendment.draft(UUID.randomUUID(), UUID.randomUUID(), null, NOW);
	}

	private static ParagraphView paragraph(Language language, String number, String opening, String text) {
		return new ParagraphView(UUID.randomUUID(), language, O, number, opening, text, List.of(), List.of());
	}

}
