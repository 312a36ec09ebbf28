package org.synergies.system;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;
import org.synergies.accounts.AccountView;
import org.synergies.accounts.Role;
import org.synergies.agreements.AgreementDetails;
import org.synergies.agreements.AgreementKind;
import org.synergies.agreements.AgreementView;
import org.synergies.agreements.Agreements;
import org.synergies.agreements.internal.DueDiligenceAnswer;
import org.synergies.agreements.internal.DueDiligenceConclusion;
import org.synergies.agreements.internal.DueDiligenceReviewView;
import org.synergies.agreements.internal.DueDiligenceReviews;
import org.synergies.agreements.internal.DueDiligenceVerdict;
import org.synergies.organizations.OrganizationDetails;
import org.synergies.organizations.OrganizationKind;
import org.synergies.shared.Language;
import org.synergies.support.TestAccounts;
import org.synergies.support.TestOrganizations;
import org.synergies.system.AuthorizationMatrixTests.Endpoint;
import org.synergies.system.MatrixScenes.Scene;

/**
 * What the authorization matrix sends an allowed caller of a due-diligence or call
 * invitation endpoint: an agreement with a company, under negotiation, its review in the
 * state the action needs (recorded by an officer other than the caller, to approve), and
 * a valid form or body.
 */
// lazy: module tests scan this package without the modules the scenes need
@Lazy
@Component
class DueDiligenceScenes {

	static final Set<String> ENDPOINTS = Set.of("GET /accreditation/calls/{id}/invitations",
			"POST /accreditation/calls/{id}/invite", "GET /agreements/{id}/due-diligence",
			"POST /agreements/{id}/due-diligence", "POST /agreements/{id}/due-diligence/{review}",
			"POST /agreements/{id}/due-diligence/{review}/approval", "GET /api/v1/agreements/{id}/due-diligence",
			"POST /api/v1/agreements/{id}/due-diligence", "PUT /api/v1/agreements/{id}/due-diligence/{review}",
			"POST /api/v1/agreements/{id}/due-diligence/{review}/approval", "GET /api/v1/due-diligence-checklists",
			"POST /api/v1/due-diligence-checklists");

	private final Agreements agreements;

	private final DueDiligenceReviews reviews;

	private final TestOrganizations organizations;

	private final TestAccounts accounts;

	private @Nullable AccountView officer;

	DueDiligenceScenes(Agreements agreements, DueDiligenceReviews reviews, TestOrganizations organizations,
			TestAccounts accounts) {
		this.agreements = agreements;
		this.reviews = reviews;
		this.organizations = organizations;
		this.accounts = accounts;
	}

	Scene shape(Endpoint endpoint, Scene scene) {
		switch (endpoint.toString()) {
			case "POST /accreditation/calls/{id}/invite" ->
				scene.param("organizations", scene.params.get("organization"));
			case "GET /agreements/{id}/due-diligence", "POST /agreements/{id}/due-diligence",
					"GET /api/v1/agreements/{id}/due-diligence", "POST /api/v1/agreements/{id}/due-diligence" ->
				scene.with("id", negotiated().id()).json("{}");
			case "POST /agreements/{id}/due-diligence/{review}",
					"PUT /api/v1/agreements/{id}/due-diligence/{review}" -> {
				AgreementView agreement = negotiated();
				DueDiligenceReviewView review = asOfficer(() -> this.reviews.start(agreement.id()));
				scene.with("id", agreement.id())
					.with("review", review.id())
					.param("version", review.version())
					.param("verdict." + review.checklist().codes().get(0), "MET")
					.json("{\"verdicts\": [{\"item\": \"%s\", \"verdict\": \"MET\"}], \"version\": %d}",
							review.checklist().codes().get(0), review.version());
			}
			case "POST /agreements/{id}/due-diligence/{review}/approval",
					"POST /api/v1/agreements/{id}/due-diligence/{review}/approval" -> {
				AgreementView agreement = negotiated();
				DueDiligenceReviewView review = asOfficer(() -> this.reviews.start(agreement.id()));
				DueDiligenceReviewView recorded = asOfficer(
						() -> this.reviews.write(agreement.id(), review.id(), review.version(),
								review.checklist()
									.codes()
									.stream()
									.map(code -> new DueDiligenceAnswer(code, DueDiligenceVerdict.MET, null))
									.toList(),
								DueDiligenceConclusion.APPROVE, "Meets the Code of Conduct.", true));
				scene.with("id", agreement.id())
					.with("review", recorded.id())
					.param("version", recorded.version())
					.json("{\"version\": %d}", recorded.version());
			}
			case "POST /api/v1/due-diligence-checklists" -> scene.json("""
					{"items": [{"code": "MATRIX", "textEn": "Matrix", "textFr": "Matrice", "textEs": "Matriz"}]}""");
			default -> {
			}
		}
		return scene;
	}

	private AgreementView negotiated() {
		UUID company = this.organizations
			.register(new OrganizationDetails("Matrix Company " + TestOrganizations.unique(), null, null, null, null,
					OrganizationKind.PRIVATE_SECTOR, "DE", Set.of(), null, null, null, null, Set.of("CMS"), Set.of()))
			.id();
		return asOfficer(() -> this.agreements
			.negotiate(new AgreementDetails(AgreementKind.LETTER_OF_AGREEMENT, "CMS", List.of(company),
					"Matrix letter " + TestOrganizations.unique(), null, null, null, null, null, null, null)));
	}

	private <T> T asOfficer(Supplier<T> action) {
		if (this.officer == null) {
			this.officer = this.accounts.active(Language.EN, Role.SECRETARIAT_OFFICER);
		}
		return TestAccounts.runAs(this.officer, action);
	}

}
