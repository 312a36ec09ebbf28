package org.synergies.mandates.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.synergies.mandates.MandateKind;
import org.synergies.mandates.MandateStanding;
import org.synergies.mandates.MandateStatus;
import org.synergies.mandates.MandateView;
import org.synergies.mandates.ParagraphView;
import org.synergies.mandates.RepealView;
import org.synergies.shared.Language;

/**
 * A resolution or decision as the API gives it, shaped for InforMEA: the number, the
 * meeting, titles and contents as collections of language-keyed values (a language
 * missing is absent), the status.
 *
 * @param symbol in English, "Resolution 11.10 (Rev.COP12)"
 * @param address the public page of this revision, e.g. "/mandates/11.10/rev-cop12"
 * @param meeting the code of the meeting that adopted it ("COP12")
 * @param headings a decision's heading in the annex of draft decisions, per language
 * @param paragraphs present in the full text only
 * @param annexes present in the full text only
 * @param standing ACTIVE, or REPEALED when a paragraph of another text repealed it
 * @param repealedBy the paragraph that repealed it, if it is repealed
 */
record MandateTextResponse(UUID id, MandateKind kind, String symbol, String number, @Nullable String revision,
		@Nullable UUID meetingId, @Nullable String meeting, MandateStatus status, List<MandateLanguageValue> titles,
		List<MandateLanguageValue> headings, List<Language> languages, String address,
		@Nullable List<MandateParagraphResponse> paragraphs, @Nullable List<MandateAnnexResponse> annexes, long version,
		MandateStanding standing, @Nullable MandateRepealResponse repealedBy) {

	static MandateTextResponse of(MandateView mandate, @Nullable String meeting, boolean withParagraphs) {
		return of(mandate, meeting, withParagraphs, null);
	}

	static MandateTextResponse of(MandateView mandate, @Nullable String meeting, boolean withParagraphs,
			@Nullable RepealView repeal) {
		List<MandateLanguageValue> titles = new ArrayList<>();
		List<MandateLanguageValue> headings = new ArrayList<>();
		for (Language language : Language.values()) {
			String title = mandate.title(language);
			if (title != null) {
				titles.add(new MandateLanguageValue(language, title));
			}
			String heading = mandate.heading().in(language);
			if (heading != null) {
				headings.add(new MandateLanguageValue(language, heading));
			}
		}
		String address = address(mandate);
		return new MandateTextResponse(mandate.id(), mandate.kind(),
				(mandate.kind() == MandateKind.RESOLUTION ? "Resolution " : "Decision ") + mandate.reference(),
				mandate.number(), mandate.revision(), mandate.meeting(), meeting, mandate.status(), titles, headings,
				mandate.languages(), address, withParagraphs ? paragraphs(mandate, address) : null,
				withParagraphs ? MandateAnnexResponse.of(mandate) : null, mandate.version(),
				repeal == null ? MandateStanding.ACTIVE : MandateStanding.REPEALED,
				repeal == null ? null : MandateRepealResponse.of(repeal));
	}

	/** The public page of this revision: "/mandates/11.10/rev-cop12". */
	static String address(MandateView mandate) {
		return "/mandates/" + mandate.slug() + (mandate.revisionSlug() == null ? "" : "/" + mandate.revisionSlug());
	}

	private static List<MandateParagraphResponse> paragraphs(MandateView mandate, String address) {
		Map<String, List<ParagraphView>> slots = new LinkedHashMap<>();
		for (ParagraphView paragraph : mandate.paragraphs()) {
			slots.computeIfAbsent(paragraph.anchor(), anchor -> new ArrayList<>()).add(paragraph);
		}
		return slots.values().stream().map(versions -> MandateParagraphResponse.of(versions, address)).toList();
	}

	/** A text in one language: InforMEA's {@code {language, value}}. */
	record MandateLanguageValue(Language language, String value) {
	}

}
