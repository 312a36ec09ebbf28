package org.synergies.mandates;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.synergies.shared.VersionStatus;

/**
 * A draft amendment to one revision of a resolution, for a meeting, and once adopted the
 * revision it produced and the concordance of paragraph numbers.
 *
 * @param mandate the revision amended
 * @param meeting the meeting that is to consider it (and adopts it)
 * @param symbol the symbol of the document that proposes it ("UNEP/CMS/COP13/Doc.18/Annex
 * 1"), if the Secretariat gave one
 * @param changes the paragraphs it changes, in every language
 * @param revision the revision its adoption produced
 */
public record AmendmentView(UUID id, UUID mandate, UUID meeting, @Nullable String symbol, VersionStatus status,
		@Nullable UUID adoptedBy, @Nullable LocalDate adoptedOn, @Nullable UUID revision,
		List<AmendedParagraph> changes, List<ConcordanceLine> concordance, long version) {

	public boolean isDraft() {
		return this.status == VersionStatus.DRAFT;
	}

	public boolean isSubmitted() {
		return this.status == VersionStatus.SUBMITTED;
	}

	public boolean isAdopted() {
		return this.status.isPublic();
	}

}
