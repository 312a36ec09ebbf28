package org.synergies.agreements.internal;

import java.util.Collection;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.synergies.organizations.OrganizationKind;
import org.synergies.organizations.OrganizationManagement;
import org.synergies.shared.RuleViolationException;

/**
 * Signing an agreement with a private-sector organization waits for due diligence: the
 * latest review of the agreement approved, with a conclusion other than a rejection (CMS
 * Code of Conduct for partnerships with the private sector; UNEP/CMS/COP13/Doc.18,
 * operative para. 8).
 */
@Component
public class DueDiligenceGate {

	private final DueDiligenceRecords reviews;

	private final OrganizationManagement organizations;

	DueDiligenceGate(DueDiligenceRecords reviews, OrganizationManagement organizations) {
		this.reviews = reviews;
		this.organizations = organizations;
	}

	/** Whether an agreement with these partners needs due diligence before signing. */
	public boolean isNeeded(Collection<UUID> partners) {
		return partners.stream()
			.anyMatch(partner -> this.organizations.find(partner)
				.map(organization -> organization.kind() == OrganizationKind.PRIVATE_SECTOR)
				.orElse(false));
	}

	/** Refuses, with the reason, the signature of an agreement not cleared yet. */
	public void requireCleared(UUID agreement, Collection<UUID> partners) {
		if (!isNeeded(partners)) {
			return;
		}
		DueDiligenceReview latest = this.reviews.findByAgreementIdOrderByCreatedAtDesc(agreement)
			.stream()
			.findFirst()
			.orElseThrow(() -> new RuleViolationException("due-diligence.rule.approval-required"));
		if (!latest.clearsSignature()) {
			throw new RuleViolationException(
					latest.isOpen() ? "due-diligence.rule.approval-required" : "due-diligence.rule.rejected");
		}
	}

}
