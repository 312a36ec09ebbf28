package org.synergies.agreements.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.synergies.agreements.AgreementDetails;
import org.synergies.agreements.AgreementSignature;
import org.synergies.meetings.GoverningBodies;
import org.synergies.meetings.MeetingView;
import org.synergies.organizations.OrganizationManagement;
import org.synergies.organizations.OrganizationStatus;
import org.synergies.organizations.OrganizationView;
import org.synergies.reference.ReferenceData;
import org.synergies.shared.FieldProblem;

/**
 * What an agreement's details and signature must be, checked against the registry, the
 * reference data and the meetings: the server resolves every id it is sent and refuses a
 * partner that is archived or merged (naming the organization it was merged into).
 */
@Component
public class AgreementChecks {

	/** Renewal terms are a clause or two, not the agreement's text (the upload is). */
	static final int MAX_TERMS = 4000;

	private final OrganizationManagement organizations;

	private final ReferenceData reference;

	private final GoverningBodies bodies;

	AgreementChecks(OrganizationManagement organizations, ReferenceData reference, GoverningBodies bodies) {
		this.organizations = organizations;
		this.reference = reference;
		this.bodies = bodies;
	}

	/**
	 * @param kept partners the agreement already has: one archived since stays a party
	 */
	public List<FieldProblem> check(AgreementDetails details, Set<UUID> kept) {
		List<FieldProblem> problems = new ArrayList<>();
		if (details.kind() == null) {
			problems.add(new FieldProblem("kind", "validation.choose"));
		}
		if (details.instrument() == null) {
			problems.add(new FieldProblem("instrument", "validation.choose"));
		}
		else if (this.reference.instrument(details.instrument()).isEmpty()) {
			problems.add(new FieldProblem("instrument", "agreement.rule.unknown-instrument"));
		}
		if (details.partners().isEmpty()) {
			problems.add(new FieldProblem("partners", "agreement.rule.partner-required"));
		}
		for (UUID partner : details.partners()) {
			if (!kept.contains(partner)) {
				partnerProblem(partner).ifPresent(problems::add);
			}
		}
		title(problems, "titleEn", details.titleEn(), true);
		title(problems, "titleFr", details.titleFr(), false);
		title(problems, "titleEs", details.titleEs(), false);
		terms(problems, "renewalTermsEn", details.renewalTermsEn());
		terms(problems, "renewalTermsFr", details.renewalTermsFr());
		terms(problems, "renewalTermsEs", details.renewalTermsEs());
		if (details.validFrom() != null && details.validUntil() != null
				&& !details.validUntil().isAfter(details.validFrom())) {
			problems.add(new FieldProblem("validUntil", "agreement.rule.validity-order"));
		}
		return problems;
	}

	public List<FieldProblem> check(AgreementSignature signature) {
		List<FieldProblem> problems = new ArrayList<>();
		if (signature.place() != null && signature.place().length() > 200) {
			problems.add(new FieldProblem("place", "validation.too-long-n", 200));
		}
		if (signature.meeting() != null) {
			MeetingView meeting = this.bodies.meeting(signature.meeting()).orElse(null);
			if (meeting == null) {
				problems.add(new FieldProblem("meeting", "validation.choose"));
			}
			else if (signature.signedOn() != null && !meeting.covers(signature.signedOn())) {
				problems.add(new FieldProblem("signedOn", "agreement.rule.outside-meeting", meeting.code()));
			}
		}
		return problems;
	}

	private Optional<FieldProblem> partnerProblem(UUID partner) {
		OrganizationView organization = this.organizations.find(partner).orElse(null);
		if (organization == null) {
			return Optional.of(new FieldProblem("partners", "agreement.rule.partner-unknown"));
		}
		if (organization.status() == OrganizationStatus.ARCHIVED) {
			return Optional
				.of(new FieldProblem("partners", "agreement.rule.partner-archived", organization.officialName()));
		}
		if (organization.status() == OrganizationStatus.MERGED) {
			String survivor = organization.mergedInto() == null ? "?"
					: this.organizations.find(organization.mergedInto())
						.map(OrganizationView::officialName)
						.orElse("?");
			return Optional.of(new FieldProblem("partners", "agreement.rule.partner-merged",
					organization.officialName(), survivor));
		}
		return Optional.empty();
	}

	private static void terms(List<FieldProblem> problems, String field, @Nullable String terms) {
		if (terms != null && terms.length() > MAX_TERMS) {
			problems.add(new FieldProblem(field, "validation.too-long-n", MAX_TERMS));
		}
	}

	private static void title(List<FieldProblem> problems, String field, @Nullable String title, boolean required) {
		if (title == null) {
			if (required) {
				problems.add(new FieldProblem(field, "validation.required"));
			}
		}
		else if (title.length() > 500) {
			problems.add(new FieldProblem(field, "validation.too-long-n", 500));
		}
	}

}
