package org.synergies.mandates.web;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.synergies.mandates.AmendmentView;
import org.synergies.mandates.ConcordanceLine;
import org.synergies.mandates.TrackedParagraph;

/**
 * An amendment to a resolution: its state, the revision it amends and (once adopted) the
 * one it produced with the concordance of numbers, and its text in one language as
 * tracked changes.
 */
record AmendmentResponse(UUID id, UUID mandate, UUID meeting, @Nullable String symbol, String status,
		@Nullable UUID decision, @Nullable LocalDate adoptedOn, @Nullable UUID revision, String language,
		List<TrackedTextResponse> paragraphs, List<ConcordanceLine> concordance, long version) {

	static AmendmentResponse of(AmendmentView amendment, String language, List<TrackedParagraph> tracked) {
		return new AmendmentResponse(amendment.id(), amendment.mandate(), amendment.meeting(), amendment.symbol(),
				amendment.status().name(), amendment.adoptedBy(), amendment.adoptedOn(), amendment.revision(), language,
				tracked.stream().map(TrackedTextResponse::of).toList(), amendment.concordance(), amendment.version());
	}

}
