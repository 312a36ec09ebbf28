package org.synergies.organizations;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.synergies.accounts.AccountView;
import org.synergies.accounts.Role;
import org.synergies.accreditation.CallInvitee;
import org.synergies.accreditation.CallsForApplications;
import org.synergies.agreements.AgreementDetails;
import org.synergies.agreements.AgreementKind;
import org.synergies.agreements.AgreementSignature;
import org.synergies.agreements.AgreementView;
import org.synergies.agreements.Agreements;
import org.synergies.messaging.Outbox;
import org.synergies.messaging.SentMail;
import org.synergies.shared.InvalidInputException;
import org.synergies.shared.Language;
import org.synergies.support.TestAccounts;
import org.synergies.support.TestAccreditation;
import org.synergies.support.TestAccreditation.Ngo;
import org.synergies.support.TestOrganizations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * An NGO with a partnership agreement in force is an NGO partner: its profile says so,
 * the directory and the API filter on it, and a call for applications invites the NGO
 * partners by default while the Secretariat may choose others.
 */
@SpringBootTest
@AutoConfigureMockMvc
class NgoPartnerTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	TestAccreditation accreditation;

	@Autowired
	Agreements agreements;

	@Autowired
	NgoPartners partners;

	@Autowired
	CallsForApplications calls;

	@Autowired
	Outbox outbox;

	@Test
	void anNgoWithAPartnershipAgreementInForceIsAnNgoPartnerAndIsInvitedByDefault() {
		AccountView officer = this.accounts.active(Language.EN, Role.SECRETARIAT_OFFICER);
		Ngo partner = this.accreditation.ngo(Language.FR);
		Ngo other = this.accreditation.ngo(Language.EN);
		String name = partner.organization().officialName();
		AgreementView agreement = TestAccounts.runAs(officer,
				() -> this.agreements.negotiate(new AgreementDetails(AgreementKind.PARTNERSHIP_AGREEMENT, "CMS",
						List.of(partner.organization().id()), "Partnership " + TestOrganizations.unique(), null, null,
						null, null, null, null, null)));
		TestAccounts.runAs(officer,
				() -> this.agreements.sign(agreement.id(), new AgreementSignature(null, "Bonn", null)));
		assertThat(this.partners.includes(partner.organization().id())).as("signed, not yet in force").isFalse();
		TestAccounts.runAs(officer, () -> this.agreements.enterIntoForce(agreement.id(), null));

		assertThat(this.partners.includes(partner.organization().id())).isTrue();
		assertThat(this.partners.includes(other.organization().id())).isFalse();
		assertThat(this.mvc.get().uri("/organizations/" + partner.organization().id()).header("Accept-Language", "es"))
			.hasStatusOk()
			.bodyText()
			.contains("ONG asociada");
		assertThat(this.mvc.get().uri("/organizations?ngoPartners=true&size=100")).hasStatusOk()
			.bodyText()
			.contains(name)
			.doesNotContain(other.organization().officialName());
		assertThat(this.mvc.get().uri("/api/v1/organizations?ngoPartner=true&size=500")).hasStatusOk()
			.bodyText()
			.contains(name)
			.doesNotContain(other.organization().officialName());
		assertThat(this.mvc.get().uri("/api/v1/organizations/" + partner.organization().id())).hasStatusOk()
			.bodyJson()
			.extractingPath("$.ngoPartner")
			.isEqualTo(true);

		this.accreditation.processInForceWithOpenCall();
		var call = this.calls.openCall().orElseThrow();
		assertThat(TestAccounts.runAs(officer, () -> this.calls.invitees()))
			.contains(new CallInvitee(summary(partner), true))
			.anySatisfy(invitee -> {
				assertThat(invitee.organization().id()).isEqualTo(other.organization().id());
				assertThat(invitee.ngoPartner()).isFalse();
			});
		assertThat(
				this.mvc.get().uri("/accreditation/calls/" + call.id() + "/invitations").with(TestAccounts.as(officer)))
			.hasStatusOk()
			.bodyText()
			.contains(name, "NGO partner");

		TestAccounts.runAs(officer, () -> this.calls.invite(call.id()));
		assertThat(calls(partner)).hasSize(1);
		assertThat(calls(other)).as("not a partner: not by default").isEmpty();

		assertThat(this.mvc.post()
			.uri("/accreditation/calls/" + call.id() + "/invite")
			.param("organizations", other.organization().id().toString())
			.with(TestAccounts.as(officer))
			.with(csrf())).hasRedirectedUrl("/accreditation/calls").flash().containsEntry("invited", 1);
		assertThat(calls(other)).hasSize(1);
		assertThat(this.mvc.post()
			.uri("/accreditation/calls/" + call.id() + "/invite")
			.with(TestAccounts.as(officer))
			.with(csrf())).flash().containsEntry("problems", List.of("Choose at least one NGO to invite."));
		assertThatThrownBy(
				() -> TestAccounts.runAs(officer, () -> this.calls.invite(call.id(), Set.of(agreement.id()))))
			.isInstanceOf(InvalidInputException.class);
	}

	private List<SentMail> calls(Ngo ngo) {
		return this.outbox.sentTo(ngo.member().email())
			.stream()
			.filter(mail -> mail.template().equals("accreditation-call"))
			.toList();
	}

	private OrganizationSummary summary(Ngo ngo) {
		return this.calls.invitees()
			.stream()
			.map(CallInvitee::organization)
			.filter(organization -> organization.id().equals(ngo.organization().id()))
			.findFirst()
			.orElseThrow();
	}

}
