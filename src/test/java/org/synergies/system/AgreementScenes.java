package org.synergies.system;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;

import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;
import org.synergies.agreements.AgreementActionView;
import org.synergies.agreements.AgreementActions;
import org.synergies.agreements.AgreementDetails;
import org.synergies.agreements.AgreementProposal;
import org.synergies.agreements.AgreementKind;
import org.synergies.agreements.AgreementSignature;
import org.synergies.agreements.AgreementView;
import org.synergies.agreements.Agreements;
import org.synergies.accounts.AccountView;
import org.synergies.accounts.Role;
import org.synergies.files.SampleFiles;
import org.synergies.meetings.GoverningBodies;
import org.synergies.meetings.GoverningBody;
import org.synergies.meetings.NewMeeting;
import org.synergies.shared.Language;
import org.synergies.support.TestAccounts;
import org.synergies.support.TestAccreditation;
import org.synergies.support.TestOrganizations;
import org.synergies.system.AuthorizationMatrixTests.Endpoint;
import org.synergies.system.MatrixScenes.Scene;

/**
 * What the authorization matrix sends an allowed caller of an agreements endpoint: a
 * fresh agreement in the state the action needs (under negotiation to sign, signed to
 * bring into force, signed with a document to read), and a valid form or body.
 */
// lazy: module tests scan this package without the modules the scenes need
@Lazy
@Component
class AgreementScenes {

	private final Agreements agreements;

	private final TestAccounts accounts;

	private final AgreementActions actions;

	private final GoverningBodies bodies;

	private @Nullable AccountView officer;

	AgreementScenes(Agreements agreements, TestAccounts accounts, AgreementActions actions, GoverningBodies bodies) {
		this.agreements = agreements;
		this.accounts = accounts;
		this.actions = actions;
		this.bodies = bodies;
	}

	Scene shape(Endpoint endpoint, Scene scene) {
		String organization = scene.params.get("organization");
		String form = """
				{"kind": "PARTNERSHIP_AGREEMENT", "instrument": "CMS", "partners": ["%s"], "titleEn": "Matrix agreement",
				 "version": %d}""";
		scene.param("kind", "PARTNERSHIP_AGREEMENT")
			.param("instrument", "CMS")
			.param("partners", organization)
			.param("titleEn", "Matrix agreement " + TestOrganizations.unique())
			.param("place", "Bonn")
			.json(form, organization, 0);
		switch (endpoint.toString()) {
			case "GET /agreements/{id}", "GET /api/v1/agreements/{id}", "GET /agreements/{id}/edit",
					"POST /agreements/{id}/files", "POST /api/v1/agreements/{id}/files" ->
				scene.with("id", signed(organization).id());
			case "GET /agreements/{id}/files/{file}", "GET /api/v1/agreements/{id}/files/{file}" -> {
				AgreementView agreement = signed(organization);
				AgreementView withDocument = asOfficer(
						() -> this.agreements.attachDocument(agreement.id(), "signed.pdf", SampleFiles.pdf()));
				scene.with("id", agreement.id()).with("file", withDocument.documentFile());
			}
			case "POST /agreements/{id}/edit", "PUT /api/v1/agreements/{id}" -> {
				AgreementView agreement = negotiated(organization);
				scene.with("id", agreement.id())
					.param("version", agreement.version())
					.json(form, organization, agreement.version());
			}
			case "POST /agreements/{id}/signature", "POST /api/v1/agreements/{id}/signature" ->
				scene.with("id", negotiated(organization).id()).json("{\"place\": \"Bonn\"}");
			case "POST /agreements/{id}/entry-into-force", "POST /api/v1/agreements/{id}/entry-into-force" ->
				scene.with("id", signed(organization).id()).json("{}");
			case "GET /agreements/agenda/{meeting}" -> scene.with("meeting",
					asOfficer(() -> this.bodies.schedule(new NewMeeting(GoverningBody.STANDING_COMMITTEE,
							ThreadLocalRandom.current().nextInt(1000, 1_000_000), LocalDate.now().plusDays(20),
							LocalDate.now().plusDays(21), "Bonn", "DE")))
						.id());
			case "POST /agreements/{id}/actions", "POST /api/v1/agreements/{id}/actions",
					"GET /api/v1/agreements/{id}/actions" ->
				scene.with("id", signed(organization).id())
					.param("kind", "EXTENSION")
					.param("validUntil", "2099-12-31")
					.json("{\"kind\": \"EXTENSION\", \"validUntil\": \"2099-12-31\"}");
			case "POST /agreements/{id}/actions/{action}/submit",
					"POST /api/v1/agreements/{id}/actions/{action}/submission" -> {
				AgreementActionView action = proposed(organization);
				scene.with("id", action.agreement()).with("action", action.id()).json("{}");
			}
			case "POST /agreements/{id}/actions/{action}/adopt",
					"POST /api/v1/agreements/{id}/actions/{action}/adopt" -> {
				AgreementActionView action = proposed(organization);
				asOfficer(() -> this.actions.submit(action.agreement(), action.id()));
				UUID decision = asOfficer(() -> this.bodies.record(TestAccreditation.decision("Extends."))).id();
				scene.with("id", action.agreement())
					.with("action", action.id())
					.param("decision", decision)
					.json("{\"decision\": \"%s\"}", decision);
			}
			default -> {
			}
		}
		return scene;
	}

	private AgreementActionView proposed(String organization) {
		AgreementView agreement = signed(organization);
		return asOfficer(() -> this.actions.propose(agreement.id(),
				AgreementProposal.extension(LocalDate.of(2099, 12, 31), null)));
	}

	private AgreementView negotiated(String organization) {
		return asOfficer(() -> this.agreements.negotiate(
				new AgreementDetails(AgreementKind.PARTNERSHIP_AGREEMENT, "CMS", List.of(UUID.fromString(organization)),
						"Matrix agreement " + TestOrganizations.unique(), null, null, null, null, null, null, null)));
	}

	private AgreementView signed(String organization) {
		AgreementView agreement = negotiated(organization);
		return asOfficer(() -> this.agreements.sign(agreement.id(), new AgreementSignature(null, "Bonn", null)));
	}

	private <T> T asOfficer(Supplier<T> action) {
		if (this.officer == null) {
			this.officer = this.accounts.active(Language.EN, Role.SECRETARIAT_OFFICER);
		}
		return TestAccounts.runAs(this.officer, action);
	}

}
