package org.synergies.meetings;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.synergies.accounts.AccountView;
import org.synergies.accounts.PersonalTokens;
import org.synergies.accounts.Role;
import org.synergies.shared.Language;
import org.synergies.support.TestAccounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

@SpringBootTest
@AutoConfigureMockMvc
class MeetingsWebTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	GoverningBodies bodies;

	@Autowired
	TestAccounts accounts;

	@Autowired
	PersonalTokens tokens;

	@Test
	void anyoneReadsBodiesMeetingsAndDecisionsInTheirLanguage() {
		DecisionView decision = this.bodies.record(new NewDecision(GoverningBody.STANDING_COMMITTEE, null,
				DecisionProcedure.WRITTEN_PROCEDURE, "StC/WP/" + UUID.randomUUID().toString().substring(0, 6),
				LocalDate.parse("2019-06-01"), "Adopts the process.", null));

		assertThat(this.mvc.get().uri("/meetings").header("Accept-Language", "fr")).hasStatusOk()
			.bodyText()
			.contains("Comité permanent", "Conférence des Parties", decision.reference());
		assertThat(this.mvc.get().uri("/decisions/" + decision.id()).header("Accept-Language", "es")).hasStatusOk()
			.bodyText()
			.contains("Entre reuniones, por procedimiento escrito", "Adopts the process.");
	}

	@Test
	void anOfficerRecordsADecisionWithTheFormAndSeesEveryProblemFirst() {
		AccountView officer = this.accounts.active(Language.EN, Role.SECRETARIAT_OFFICER);
		String reference = "StC/FORM/" + UUID.randomUUID().toString().substring(0, 6);

		assertThat(this.mvc.post()
			.uri("/decisions/new")
			.param("body", GoverningBody.STANDING_COMMITTEE.toString())
			.param("procedure", "MEETING")
			.param("reference", reference)
			.with(TestAccounts.as(officer))
			.with(csrf())).hasStatusOk()
			.bodyText()
			.contains("Choose the meeting at which the decision was taken.", "Fill in this field.");
		assertThat(this.mvc.post()
			.uri("/decisions/new")
			.param("body", GoverningBody.STANDING_COMMITTEE.toString())
			.param("procedure", "WRITTEN_PROCEDURE")
			.param("reference", reference)
			.param("adoptedOn", "2019-06-02")
			.param("text", "Approves the applications.")
			.with(TestAccounts.as(officer))
			.with(csrf())).hasStatus3xxRedirection();
	}

	@Test
	void onlyTheSecretariatRecordsAndTheApiDoesTheSame() {
		AccountView member = this.accounts.active(Language.EN, Role.STANDING_COMMITTEE_MEMBER);
		AccountView officer = this.accounts.active(Language.EN, Role.SECRETARIAT_OFFICER);

		assertThat(this.mvc.get().uri("/decisions/new").with(TestAccounts.as(member))).hasStatus(403);
		String body = """
				{"body": "%s", "procedure": "WRITTEN_PROCEDURE", "reference": "StC/API/%s",
				 "adoptedOn": "2019-07-01", "text": "Defers the application."}"""
			.formatted(GoverningBody.STANDING_COMMITTEE, UUID.randomUUID().toString().substring(0, 6));
		assertThat(this.mvc.post()
			.uri("/api/v1/decisions")
			.header("Authorization", "Bearer " + tokenOf(member))
			.contentType(MediaType.APPLICATION_JSON)
			.content(body)).hasStatus(403);
		assertThat(this.mvc.post()
			.uri("/api/v1/decisions")
			.header("Authorization", "Bearer " + tokenOf(officer))
			.contentType(MediaType.APPLICATION_JSON)
			.content(body)).hasStatus(201);
		assertThat(this.mvc.get().uri("/api/v1/bodies")).hasStatusOk().bodyText().contains("\"code\":\"StC\"");
	}

	@Test
	void bodiesAreListedUnderTheirInstrumentAndTheApiSaysWhichAndHowTheirDocumentsAreNumbered() {
		assertThat(this.mvc.get().uri("/meetings").header("Accept-Language", "fr")).hasStatusOk()
			.bodyText()
			.contains("Convention sur la conservation des espèces migratrices appartenant à la faune sauvage",
					"Accord sur la conservation des oiseaux d’eau migrateurs d’Afrique-Eurasie", "(AEWA MOP)",
					"Réunion des Parties", "Mémorandum d’accord sur la conservation des requins migrateurs",
					"Réunion des Signataires");
		MeetingView mop = this.bodies.schedule(new NewMeeting(GoverningBody.AEWA_MEETING_OF_THE_PARTIES,
				500_000 + java.util.concurrent.ThreadLocalRandom.current().nextInt(100_000),
				LocalDate.parse("2027-06-01"), LocalDate.parse("2027-06-05"), "Bonn", "DE"));
		assertThat(this.mvc.get().uri("/meetings/" + mop.id())).hasStatusOk()
			.bodyText()
			.contains("Agreement on the Conservation of African-Eurasian Migratory Waterbirds", mop.code());

		assertThat(this.mvc.get().uri("/api/v1/bodies")).hasStatusOk()
			.bodyText()
			.contains("\"code\":\"AEWA MOP\"", "\"instrument\":\"AEWA\"",
					"\"symbolPattern\":\"AEWA/MOP{meeting} Inf.{n}\"", "\"kind\":\"MEETING_OF_SIGNATORIES\"");
		assertThat(this.mvc.get().uri("/api/v1/meetings/" + mop.id())).hasStatusOk()
			.bodyText()
			.contains("\"instrument\":\"AEWA\"");
	}

	private String tokenOf(AccountView account) {
		return TestAccounts.runAs(account, () -> this.tokens.create(account.id(), "test", null).secret());
	}

}
