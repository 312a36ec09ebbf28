package org.synergies.agreements;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.synergies.shared.VersionStatus;

/**
 * A proposed extension, revision or termination of an agreement as read: a draft, before
 * the Standing Committee, or adopted by one of its decisions (then applied to the
 * agreement). Only adopted ones are public.
 *
 * @param number its number among the agreement's proposals, from 1
 * @param proposal what it proposes
 * @param adoptedBy the decision that adopted it, once adopted
 */
public record AgreementActionView(UUID id, UUID agreement, int number, AgreementProposal proposal, VersionStatus status,
		@Nullable UUID adoptedBy, @Nullable LocalDate adoptedOn, @Nullable Instant submittedAt, Instant createdAt,
		Instant updatedAt, long version) {

	public AgreementActionKind kind() {
		AgreementActionKind kind = this.proposal.kind();
		return kind == null ? AgreementActionKind.REVISION : kind;
	}

	public boolean isPublic() {
		return this.status.isPublic();
	}

}
