package org.synergies.system;

import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;

import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;
import org.synergies.agreements.AgreementDetails;
import org.synergies.agreements.AgreementKind;
import org.synergies.agreements.AgreementSignature;
import org.synergies.agreements.AgreementView;
import org.synergies.agreements.Agreements;
import org.synergies.accounts.AccountView;
import org.synergies.accounts.Role;
import org.synergies.files.SampleFiles;
import org.synergies.shared.Language;
import org.synergies.support.TestAccounts;
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

	private @Nullable AccountView officer;

	AgreementScenes(Agreements agreements, TestAccounts accounts) {
		this.agreements = agreements;
		this.accounts = accounts;
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
			default -> {
			}
		}
		return scene;
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
