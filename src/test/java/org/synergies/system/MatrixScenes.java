package org.synergies.system;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;
import org.synergies.accounts.AccountManagement;
import org.synergies.accounts.AccountView;
import org.synergies.accounts.PersonalTokens;
import org.synergies.accounts.Role;
import org.synergies.accreditation.AccreditationApplications;
import org.synergies.accreditation.AccreditationProcesses;
import org.synergies.accreditation.AccreditationRegister;
import org.synergies.accreditation.ApplicationAction.Outcome;
import org.synergies.accreditation.ApplicationView;
import org.synergies.accreditation.CallsForApplications;
import org.synergies.accreditation.CommitteeReview;
import org.synergies.accreditation.ProcessView;
import org.synergies.accreditation.Screening;
import org.synergies.accreditation.WorkingGroupMember.Represents;
import org.synergies.accreditation.WorkingGroups;
import org.synergies.files.SampleFiles;
import org.synergies.meetings.GoverningBodies;
import org.synergies.meetings.GoverningBody;
import org.synergies.messaging.Outbox;
import org.synergies.organizations.ContactDetails;
import org.synergies.organizations.OrganizationImports;
import org.synergies.organizations.OrganizationManagement;
import org.synergies.organizations.OrganizationView;
import org.synergies.organizations.internal.OrganizationFile;
import org.synergies.compilations.CompilationJob;
import org.synergies.compilations.CompilationJobs;
import org.synergies.reporting.CycleView;
import org.synergies.reporting.internal.ReportReview;
import org.synergies.reporting.ReportView;
import org.synergies.reporting.internal.ReportingCycles;
import org.synergies.reporting.internal.ReportingTemplates;
import org.synergies.reporting.internal.Reports;
import org.synergies.reporting.TemplateView;
import org.synergies.reporting.Visibility;
import org.synergies.shared.Language;
import org.synergies.shared.VersionStatus;
import org.synergies.support.TestAccounts;
import org.synergies.support.TestAccreditation;
import org.synergies.support.TestAccreditation.Ngo;
import org.synergies.support.TestNonReporting;
import org.synergies.support.TestOrganizations;
import org.synergies.support.TestReporting;
import org.synergies.system.AuthorizationMatrixTests.Endpoint;

import tools.jackson.databind.json.JsonMapper;

/**
 * What the authorization matrix sends so that an allowed caller's request really
 * succeeds: the records named in the path exist and are in the state the action needs
 * (made afresh for each allowed call when the action changes them: a submitted
 * application to forward, a draft of the format to submit), and the body is valid. The
 * policy itself, who may do what, stays in {@link AuthorizationMatrixTests#POLICY}.
 */
// lazy: module tests scan this package without the modules the scenes need
@Lazy
@Component
class MatrixScenes {

	private static final AtomicInteger unique = new AtomicInteger((int) (System.nanoTime() % 100_000) * 10 + 10_000);

	/** An entry of the format's group that holds a file: publications[p1].file. */
	private static final Map<String, Object> PUBLICATION = Map.of("publications",
			List.of(Map.of("_id", "p1", "title", "Flyway atlas", "year", "2025")));

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final TestAccounts accounts;

	private final TestOrganizations organizations;

	private final TestAccreditation accreditation;

	private final TestReporting reporting;

	private final Facades facades;

	private final AgreementScenes agreementScenes;

	private final MandateScenes mandateScenes;

	private final TestNonReporting nonReporting;

	private final WorkPlanScenes workPlanScenes;

	private final DueDiligenceScenes dueDiligenceScenes;

	@Autowired
	@Lazy
	private CountryScenes countryScenes;

	@Autowired
	@Lazy
	private MandateImportScenes mandateImportScenes;

	@Autowired
	@Lazy
	private AmendmentScenes amendmentScenes;

	@Autowired
	@Lazy
	private MandateAnnexScenes mandateAnnexScenes;

	@Autowired
	@Lazy
	private MandateDutyScenes mandateDutyScenes;

	@Autowired
	@Lazy
	private NotificationScenes notificationScenes;

	MatrixScenes(TestAccounts accounts, TestOrganizations organizations, TestAccreditation accreditation,
			TestReporting reporting, Facades facades, AgreementScenes agreementScenes, TestNonReporting nonReporting,
			MandateScenes mandateScenes, WorkPlanScenes workPlanScenes, DueDiligenceScenes dueDiligenceScenes) {
		this.dueDiligenceScenes = dueDiligenceScenes;
		this.agreementScenes = agreementScenes;
		this.mandateScenes = mandateScenes;
		this.workPlanScenes = workPlanScenes;
		this.nonReporting = nonReporting;
		this.accounts = accounts;
		this.organizations = organizations;
		this.accreditation = accreditation;
		this.reporting = reporting;
		this.facades = facades;
	}

	/** The façades the scenes are built with. */
	@Lazy
	@Component
	record Facades(OrganizationManagement registry, OrganizationImports imports, AccreditationApplications applications,
			AccreditationProcesses processes, CallsForApplications calls, Screening screening, CommitteeReview review,
			AccreditationRegister register, GoverningBodies bodies, ReportingTemplates templates,
			ReportingCycles cycles, Reports reports, ReportReview reportReview, CompilationJobs jobs,
			PersonalTokens tokens, Outbox outbox, AccountManagement accountManagement, WorkingGroups groups) {
	}

	/**
	 * The path variables, parameters and body of one request, and the member who acts for
	 * the organization in it when that is not the shared member.
	 */
	static final class Scene {

		final Map<String, String> variables = new HashMap<>();

		final Map<String, String> params = new LinkedHashMap<>();

		@Nullable String json;

		@Nullable AccountView member;

		Scene copy() {
			Scene copy = new Scene();
			copy.variables.putAll(this.variables);
			copy.params.putAll(this.params);
			copy.json = this.json;
			copy.member = this.member;
			return copy;
		}

		Scene with(String variable, Object value) {
			this.variables.put(variable, value.toString());
			return this;
		}

		Scene param(String name, Object value) {
			this.params.put(name, value.toString());
			return this;
		}

		Scene json(String template, Object... values) {
			this.json = template.formatted(values);
			return this;
		}

		Scene actingMember(AccountView member) {
			this.member = member;
			return this;
		}

	}

	/**
	 * The records every request may name without changing them: the member's organization
	 * (with a contact), its forwarded application, its draft report (with a file), and
	 * the records of the Secretariat's work.
	 */
	record Shared(UUID organization, AccountView member, UUID contact, UUID application, UUID applicationFile,
			UUID question, UUID report, UUID reportFile, UUID cycle, UUID reviewCycle, UUID template, UUID process,
			UUID meeting, UUID decision, UUID workingGroup, UUID call, UUID compilation, UUID importId,
			UUID outboxMessage) {
	}

	Shared shared(UUID organization, AccountView member) {
		var f = this.facades;
		UUID contact = f.registry()
			.addContact(organization,
					new ContactDetails("Contact Person", "Director", "contact@example.org", null, Language.EN));
		this.accreditation.processInForceWithOpenCall();
		ApplicationView application = this.accreditation.forwarded(organization, member);
		// a question asked of an NGO, for requests that must not reach it
		UUID question = f.screening()
			.ask(this.accreditation.submitted(this.accreditation.ngo(Language.EN)).id(), "How many members?", null)
			.questions()
			.get(0)
			.id();
		UUID template = this.reporting.templateInForce().id();
		CycleView cycle = this.reporting.openCycle();
		f.cycles().invite(cycle.id(), organization);
		CycleView reviewCycle = this.reporting.openCycle();
		ReportView report = TestAccounts.runAs(member, () -> {
			ReportView started = f.reports().start(cycle.id(), organization, false);
			ReportView saved = f.reports().save(started.id(), started.version(), PUBLICATION).report();
			return f.reports().attach(saved.id(), "publications[p1].file", "atlas.pdf", SampleFiles.pdf());
		});
		UUID reportFile = UUID.fromString(report.answers().files().get(0).id());
		UUID workingGroup = f.bodies()
			.createWorkingGroup("WG-" + unique.incrementAndGet(), "Matrix group", null, null)
			.id();
		CompilationJob job = f.jobs().request(cycle.id(), null, Language.EN, "UNEP/CMS/Inf.1");
		UUID importId = f.imports().preview("partners.csv", importFile()).id();
		return new Shared(organization, member, contact, application.id(), application.documents().get(0).file(),
				question, report.id(), reportFile, cycle.id(), reviewCycle.id(), template,
				this.facades.processes().inForce().orElseThrow().id(), this.reporting.meeting().id(),
				this.accreditation.writtenDecision("Matrix decision.").id(), workingGroup,
				f.calls().openCall().orElseThrow().id(), finished(job), importId,
				f.outbox().sentTo(member.email()).get(0).id());
	}

	private UUID finished(CompilationJob job) {
		for (int i = 0; i < 600; i++) {
			CompilationJob now = this.facades.jobs().find(job.id()).orElseThrow();
			if (now.finishedAt() != null) {
				return now.id();
			}
			try {
				Thread.sleep(100);
			}
			catch (InterruptedException interrupted) {
				Thread.currentThread().interrupt();
				break;
			}
		}
		throw new IllegalStateException("The compilation did not finish");
	}

	private static byte[] importFile() {
		String header = String.join(",", OrganizationFile.COLUMNS);
		String row = ",Matrix Import Trust " + unique.incrementAndGet()
				+ ",,,,,INTERNATIONAL_NGO,GB,KE,https://www.example.org,info@example.org,Birds.,EN,CMS,BIRDS,ACTIVE";
		return (header + "\n" + row + "\n").getBytes(StandardCharsets.UTF_8);
	}

	/**
	 * The scene for an allowed caller of this endpoint: the shared records, or fresh ones
	 * in the state the action needs, with a valid body.
	 */
	Scene forAllowed(Endpoint endpoint, Scene shared, AccountView caller) {
		Scene scene = shared.copy();
		if (endpoint.pattern().contains("/work-plan")) {
			return this.workPlanScenes.shape(endpoint, scene);
		}
		if (CountryScenes.handles(endpoint)) {
			return this.countryScenes.shape(endpoint, scene);
		}
		if (MandateImportScenes.handles(endpoint)) {
			return this.mandateImportScenes.shape(endpoint, scene, caller);
		}
		if (AmendmentScenes.handles(endpoint)) {
			return this.amendmentScenes.shape(endpoint, scene);
		}
		if (MandateAnnexScenes.handles(endpoint)) {
			return this.mandateAnnexScenes.shape(endpoint, scene);
		}
		if (MandateDutyScenes.handles(endpoint)) {
			return this.mandateDutyScenes.shape(endpoint, scene);
		}
		if (NotificationScenes.handles(endpoint)) {
			return this.notificationScenes.shape(endpoint, scene, caller);
		}
		var f = this.facades;
		switch (endpoint.toString()) {
			case "POST /account/tokens/{id}/revoke", "DELETE /api/v1/me/tokens/{id}" -> scene.with("id",
					TestAccounts.runAs(caller, () -> f.tokens().create(caller.id(), "matrix", null)).token().id());
			case "POST /admin/accounts/{id}", "POST /admin/accounts/{id}/disable",
					"POST /admin/accounts/{id}/invitation" ->
				scene.with("id", this.accounts.invited(Language.EN, Role.STANDING_COMMITTEE_MEMBER).id());
			case "POST /admin/accounts/{id}/enable" -> {
				UUID invited = this.accounts.invited(Language.EN, Role.STANDING_COMMITTEE_MEMBER).id();
				f.accountManagement().disable(invited);
				scene.with("id", invited);
			}
			case "POST /organizations/{id}/archive", "POST /api/v1/organizations/{id}/archive" ->
				scene.with("id", this.organizations.ngo().id());
			case "POST /organizations/{id}/restore", "POST /api/v1/organizations/{id}/restore" ->
				scene.with("id", f.registry().archive(this.organizations.ngo().id()).id());
			case "POST /organizations/{id}/contacts/{contact}/remove" -> scene.with("contact",
					f.registry()
						.addContact(UUID.fromString(scene.variables.get("id")),
								new ContactDetails("Leaving Person", null, null, null, Language.EN)));
			case "POST /organizations/{id}/members/{account}/remove" -> scene.with("account",
					f.registry()
						.addMember(UUID.fromString(scene.variables.get("id")), TestAccounts.uniqueEmail("leaving"),
								"Leaving Member", Language.EN)
						.id());
			case "POST /organizations/{id}/members" ->
				scene.param("email", TestAccounts.uniqueEmail("joining")).param("name", "Joining Member");
			case "POST /organizations/import/{importId}" ->
				scene.with("importId", f.imports().preview("partners.csv", importFile()).id())
					.param("mode", "VALID_ROWS");
			case "POST /api/v1/organizations" -> scene.json(organizationJson("Matrix Trust " + unique(), null));
			case "PUT /api/v1/organizations/{id}" -> {
				OrganizationView organization = f.registry()
					.find(UUID.fromString(scene.variables.get("id")))
					.orElseThrow();
				scene.json(organizationJson(organization.officialName(), organization.version()));
			}
			case "POST /api/v1/bodies" ->
				scene.json("{\"code\": \"WG-%d\", \"nameEn\": \"Matrix working group\"}", unique());
			case "POST /api/v1/meetings" -> scene.json(
					"{\"body\": \"%s\", \"number\": %d, \"startsOn\": \"%s\", \"endsOn\": \"%s\", \"place\": \"Bonn\", \"country\": \"DE\"}",
					GoverningBody.CONFERENCE_OF_THE_PARTIES, unique(), LocalDate.now().plusMonths(6),
					LocalDate.now().plusMonths(6).plusDays(3));
			case "POST /api/v1/decisions" -> scene.json(
					"{\"body\": \"%s\", \"procedure\": \"WRITTEN_PROCEDURE\", \"reference\": \"%s\", \"adoptedOn\": \"%s\", \"text\": \"Matrix.\"}",
					GoverningBody.STANDING_COMMITTEE, TestAccreditation.reference(), LocalDate.now().minusDays(1));
			case "GET /accreditation/process/{id}/edit", "POST /accreditation/process/{id}/edit",
					"POST /accreditation/process/{id}/submit", "POST /accreditation/process/{id}/comments",
					"GET /api/v1/accreditation/process/{id}/comments",
					"POST /api/v1/accreditation/process/{id}/comments",
					"POST /api/v1/accreditation/process/{id}/submit" ->
				scene.with("id", processDraft().id()).param("text", "A comment.").json("{\"text\": \"A comment.\"}");
			case "POST /reporting/templates/{id}/comments", "GET /api/v1/reporting/templates/{id}/comments",
					"POST /api/v1/reporting/templates/{id}/comments" ->
				scene.with("id", templateDraft().id())
					.param("text", "A comment.")
					.param("reference", "activities")
					.json("{\"text\": \"A comment.\", \"reference\": \"activities\"}");
			case "PUT /api/v1/accreditation/process/{id}" -> {
				ProcessView draft = processDraft();
				scene.with("id", draft.id())
					.json("{\"content\": %s, \"version\": %d}", JSON.writeValueAsString(draft.content()),
							draft.version());
			}
			case "POST /accreditation/process/{id}/return", "POST /api/v1/accreditation/process/{id}/return" ->
				scene.with("id", processSubmitted().id());
			case "POST /accreditation/process/{id}/adopt", "POST /api/v1/accreditation/process/{id}/adopt" -> {
				UUID decision = this.accreditation.writtenDecision("Adopts the process.").id();
				scene.with("id", processSubmitted().id())
					.param("decision", decision)
					.json("{\"decision\": \"%s\"}", decision);
			}
			case "POST /accreditation/process/new", "POST /api/v1/accreditation/process" -> {
				noProcessDraft();
				scene.json("{}");
			}
			case "POST /accreditation/working-groups/{body}/members",
					"POST /api/v1/accreditation/working-groups/{body}/members" -> {
				String email = this.accounts.invited(Language.EN, Role.STANDING_COMMITTEE_MEMBER).email();
				scene.param("email", email).json("{\"email\": \"%s\", \"represents\": \"NGO\"}", email);
			}
			case "POST /accreditation/working-groups/{body}/members/{account}/remove",
					"DELETE /api/v1/accreditation/working-groups/{body}/members/{account}" -> {
				AccountView member = this.accounts.invited(Language.EN, Role.STANDING_COMMITTEE_MEMBER);
				f.groups()
					.addMember(UUID.fromString(scene.variables.get("body")), member.email(), Represents.NGO, null,
							null);
				scene.with("account", member.id());
			}
			case "POST /api/v1/accreditation/calls" -> {
				LocalDate opens = LocalDate.of(2200, 1, 1).plusDays(10L * unique());
				scene.json("{\"opensOn\": \"%s\", \"closesOn\": \"%s\"}", opens, opens.plusDays(5));
			}
			case "POST /accreditation/register/{id}/suspend", "POST /accreditation/register/{id}/withdraw",
					"POST /api/v1/accreditation/register/{id}/suspend",
					"POST /api/v1/accreditation/register/{id}/withdraw" ->
				withoutVersion(scene).with("id", accreditation())
					.param("reason", "matrix")
					.json("{\"reason\": \"matrix\"}");
			case "POST /accreditation/register/{id}/reinstate", "POST /api/v1/accreditation/register/{id}/reinstate" ->
				withoutVersion(scene).with("id", f.register().suspend(accreditation(), null, "matrix").id()).json("{}");
			case "GET /accreditation/register/{id}/history" -> scene.with("id", accreditation());
			case "POST /accreditation/register/proposals/{id}/decision" ->
				scene.with("id", this.nonReporting.openSuspensionProposal())
					.param("outcome", "AS_PROPOSED")
					.param("procedure", "WRITTEN_PROCEDURE")
					.param("reference", TestAccreditation.reference())
					.param("adoptedOn", LocalDate.now())
					.param("text", "Suspends for not reporting.");
			case "PUT /api/v1/accreditation/process/{id}/non-reporting" -> {
				ProcessView draft = processDraft();
				scene.with("id", draft.id())
					.json("{\"warnAfterDays\": 30, \"suspensionAfterDays\": 90, \"withdrawalAfterMonths\": 12, \"version\": %d}",
							draft.version());
			}
			case "GET /accreditation/register/document", "GET /api/v1/accreditation/register/document" ->
				scene.param("symbol", "UNEP/CMS/StC/Inf.1");
			case "POST /accreditation/applications", "POST /api/v1/accreditation/applications" -> {
				Ngo ngo = this.accreditation.ngo(Language.EN);
				scene.actingMember(ngo.member())
					.param("organization", ngo.organization().id())
					.json("{\"organization\": \"%s\"}", ngo.organization().id());
			}
			case "POST /accreditation/applications/{id}/answers", "PUT /api/v1/accreditation/applications/{id}/answers",
					"POST /accreditation/applications/{id}/documents/{code}",
					"POST /api/v1/accreditation/applications/{id}/documents/{code}",
					"POST /accreditation/applications/{id}/evidence/{criterion}",
					"POST /api/v1/accreditation/applications/{id}/evidence/{criterion}",
					"POST /accreditation/applications/{id}/submit",
					"POST /api/v1/accreditation/applications/{id}/submit" -> {
				Ngo ngo = this.accreditation.ngo(Language.EN);
				ApplicationView draft = this.accreditation.completeDraft(ngo);
				scene.actingMember(ngo.member())
					.with("id", draft.id())
					.param("version", draft.version())
					.param("text.C1", "We count birds.")
					.param("language.C1", "EN")
					.json("{\"version\": %d, \"answers\": {\"C1\": {\"text\": \"We count birds.\", \"language\": \"EN\"}}}",
							draft.version());
			}
			case "POST /accreditation/applications/{id}/questions/{question}/answer",
					"POST /api/v1/accreditation/applications/{id}/questions/{question}/answer" -> {
				Ngo ngo = this.accreditation.ngo(Language.EN);
				ApplicationView asked = f.screening()
					.ask(this.accreditation.submitted(ngo).id(), "How many members?", null);
				scene.actingMember(ngo.member())
					.with("id", asked.id())
					.with("question", asked.questions().get(0).id())
					.param("answer", "Twelve.")
					.json("{\"answer\": \"Twelve.\"}");
			}
			case "POST /accreditation/applications/{id}/questions",
					"POST /api/v1/accreditation/applications/{id}/questions",
					"POST /accreditation/applications/{id}/return",
					"POST /api/v1/accreditation/applications/{id}/return",
					"POST /accreditation/applications/{id}/close", "POST /api/v1/accreditation/applications/{id}/close",
					"POST /accreditation/applications/{id}/forward",
					"POST /api/v1/accreditation/applications/{id}/forward" -> {
				ApplicationView submitted = this.accreditation.submitted(this.accreditation.ngo(Language.EN));
				scene.with("id", submitted.id())
					.param("version", submitted.version())
					.param("question", "How many members?")
					.param("reason", "matrix")
					.json("{\"version\": %d, \"reason\": \"matrix\", \"question\": \"How many members?\"}",
							submitted.version());
			}
			case "POST /accreditation/applications/{id}/recommendation",
					"POST /api/v1/accreditation/applications/{id}/recommendations" ->
				scene.with("id", this.accreditation.forwarded(this.accreditation.ngo(Language.EN)).id())
					.param("recommendation", "APPROVE")
					.json("{\"recommendation\": \"APPROVE\", \"reasons\": \"Sound.\"}");
			case "POST /accreditation/applications/{id}/decision",
					"POST /api/v1/accreditation/applications/{id}/decisions" ->
				decision(scene, this.accreditation.forwarded(this.accreditation.ngo(Language.EN)));
			case "POST /accreditation/applications/{id}/correction",
					"POST /api/v1/accreditation/applications/{id}/corrections" -> {
				ApplicationView forwarded = this.accreditation.forwarded(this.accreditation.ngo(Language.EN));
				decision(scene,
						f.review()
							.decide(forwarded.id(), forwarded.version(), Outcome.ACCREDIT,
									TestAccreditation.decision("Accredits.")));
			}
			case "POST /reporting/templates", "POST /api/v1/reporting/templates" -> {
				noTemplateDraft();
				scene.json("{}");
			}
			case "PUT /api/v1/reporting/templates/{id}" -> {
				TemplateView draft = templateDraft();
				scene.with("id", draft.id())
					.json("{\"version\": %d, \"content\": %s}", draft.version(),
							JSON.writeValueAsString(draft.content()));
			}
			case "GET /reporting/templates/{id}/edit", "POST /reporting/templates/{id}/submit",
					"POST /api/v1/reporting/templates/{id}/submit" ->
				scene.with("id", templateDraft().id());
			// saving the editor sends the whole format as form fields (the source page
			// and
			// the API's PUT save it here); the editor's add-section action answers the
			// editor with a section more, unsaved
			case "POST /reporting/templates/{id}/edit" ->
				scene.with("id", templateDraft().id()).param("action", "add-section");
			case "POST /reporting/templates/{id}/source" -> {
				TemplateView draft = templateDraft();
				scene.with("id", draft.id())
					.param("version", draft.version())
					.param("source", JSON.writeValueAsString(draft.content()));
			}
			case "POST /reporting/templates/{id}/return", "POST /api/v1/reporting/templates/{id}/return" ->
				scene.with("id", templateSubmitted().id());
			case "POST /reporting/templates/{id}/adopt", "POST /api/v1/reporting/templates/{id}/adopt" -> {
				UUID decision = this.accreditation.writtenDecision("Adopts the format.").id();
				scene.with("id", templateSubmitted().id())
					.param("decision", decision)
					.json("{\"decision\": \"%s\"}", decision);
			}
			case "POST /reporting/cycles/new", "POST /api/v1/reporting/cycles" -> {
				UUID meeting = this.reporting.meeting().id();
				LocalDate opensOn = LocalDate.now().minusDays(1);
				LocalDate deadline = LocalDate.now().plusDays(60);
				scene.param("meeting", meeting)
					.param("opensOn", opensOn)
					.param("deadline", deadline)
					.json("{\"meeting\": \"%s\", \"opensOn\": \"%s\", \"deadline\": \"%s\"}", meeting, opensOn,
							deadline);
			}
			case "POST /reporting/cycles/{id}/schedule", "PUT /api/v1/reporting/cycles/{id}/schedule" -> {
				CycleView cycle = f.cycles().find(UUID.fromString(scene.variables.get("id"))).orElseThrow();
				scene.param("version", cycle.version())
					.param("opensOn", cycle.opensOn())
					.param("deadline", cycle.deadline())
					.json("{\"meeting\": \"%s\", \"opensOn\": \"%s\", \"deadline\": \"%s\"}", cycle.meeting(),
							cycle.opensOn(), cycle.deadline());
			}
			case "POST /reporting/cycles/{id}/extensions" -> scene.param("until", LocalDate.now().plusDays(90));
			case "POST /api/v1/reporting/cycles/{id}/extensions" ->
				scene.json("{\"organization\": \"%s\", \"until\": \"%s\"}", scene.params.get("organization"),
						LocalDate.now().plusDays(90));
			case "PUT /api/v1/reporting/cycles/{id}/rates" ->
				scene.json("{\"rates\": {\"EUR\": 1.1, \"KES\": 0.0077}}");
			case "POST /reporting/cycles/{id}/rates" -> scene.param("rates", "EUR 1.1\nKES 0.0077");
			case "PUT /api/v1/reporting/cycles/{id}/rates/{currency}" -> scene.with("currency", "CHF")
				.json("{\"usdPerUnit\": 1.13, \"source\": \"OTHER\", \"sourceDescription\": \"ECB reference rate\", "
						+ "\"appliesOn\": \"%s\"}", LocalDate.now().minusDays(1));
			case "POST /reporting/cycles/{id}/rates/{currency}/remove",
					"DELETE /api/v1/reporting/cycles/{id}/rates/{currency}" -> {
				CycleView rated = this.reporting.openCycle();
				f.cycles().setRates(rated.id(), Map.of("CHF", new BigDecimal("1.13")));
				scene.with("id", rated.id()).with("currency", "CHF");
			}
			case "POST /reporting/cycles/{id}/compilations" -> scene.param("symbol", "UNEP/CMS/Inf.2");
			case "POST /account/invitations/{invitation}/accept", "POST /account/invitations/{invitation}/decline" ->
				scene.with("invitation", invitationFor(caller, UUID.fromString(scene.variables.get("cycle"))));
			case "POST /reporting/reports/{id}/colleagues" ->
				scene.param("email", TestAccounts.uniqueEmail("colleague"))
					.param("name", "A Colleague")
					.param("message", "Could you add the figures?");
			case "POST /api/v1/reporting/compilations" ->
				scene.json("{\"cycle\": \"%s\", \"language\": \"EN\", \"symbol\": \"UNEP/CMS/Inf.2\"}",
						scene.variables.get("cycle"));
			case "POST /reporting/reports", "POST /api/v1/reporting/reports" -> {
				Ngo ngo = reporter(UUID.fromString(scene.variables.get("cycle")));
				scene.actingMember(ngo.member())
					.param("organization", ngo.organization().id())
					.param("cycle", scene.variables.get("cycle"))
					.json("{\"cycle\": \"%s\", \"organization\": \"%s\"}", scene.variables.get("cycle"),
							ngo.organization().id());
			}
			case "POST /reporting/reports/{id}/save", "POST /reporting/reports/{id}/autosave",
					"PUT /api/v1/reporting/reports/{id}/answers", "POST /reporting/reports/{id}/files",
					"POST /api/v1/reporting/reports/{id}/files" -> {
				// a report of its own: saving or attaching would replace the shared
				// report's
				// file
				UUID cycle = UUID.fromString(scene.variables.get("reviewCycle"));
				Ngo ngo = reporter(cycle);
				ReportView report = TestAccounts.runAs(ngo.member(), () -> {
					ReportView started = f.reports().start(cycle, ngo.organization().id(), false);
					return f.reports().save(started.id(), started.version(), PUBLICATION).report();
				});
				scene.actingMember(ngo.member())
					.with("id", report.id())
					.param("version", report.version())
					.param("add", "activities")
					.json("{\"version\": %d, \"answers\": {\"staffMonths\": \"6\"}}", report.version());
			}
			case "POST /reporting/reports/{id}/submit", "POST /api/v1/reporting/reports/{id}/submit" -> {
				Ngo ngo = reporter(UUID.fromString(scene.variables.get("reviewCycle")));
				ReportView complete = completeReport(ngo, UUID.fromString(scene.variables.get("reviewCycle")));
				scene.actingMember(ngo.member())
					.with("id", complete.id())
					.param("version", complete.version())
					.json("{\"version\": %d}", complete.version());
			}
			case "POST /reporting/reports/{id}/return", "POST /api/v1/reporting/reports/{id}/return",
					"POST /reporting/reports/{id}/accept", "POST /api/v1/reporting/reports/{id}/accept" -> {
				ReportView submitted = submittedReport(UUID.fromString(scene.variables.get("reviewCycle")));
				scene.with("id", submitted.id())
					.param("version", submitted.version())
					.param("comment", "Please add the staff time.")
					.json("{\"version\": %d, \"comment\": \"Please add the staff time.\", \"visibility\": \"INTERNAL\"}",
							submitted.version());
			}
			case "POST /reporting/reports/{id}/visibility", "POST /api/v1/reporting/reports/{id}/visibility" -> {
				ReportView submitted = submittedReport(UUID.fromString(scene.variables.get("reviewCycle")));
				ReportView accepted = f.reportReview().accept(submitted.id(), submitted.version(), Visibility.INTERNAL);
				scene.with("id", accepted.id()).param("visibility", "PUBLIC").json("{\"visibility\": \"PUBLIC\"}");
			}
			case "GET /agreements", "GET /agreements/export.csv", "GET /agreements/export.xlsx", "GET /agreements/{id}",
					"GET /agreements/{id}/files/{file}", "GET /agreements/new", "POST /agreements/new",
					"GET /agreements/{id}/edit", "POST /agreements/{id}/edit", "POST /agreements/{id}/signature",
					"POST /agreements/{id}/entry-into-force", "POST /agreements/{id}/files", "GET /api/v1/agreements",
					"GET /api/v1/agreements/{id}", "POST /api/v1/agreements", "PUT /api/v1/agreements/{id}",
					"POST /api/v1/agreements/{id}/signature", "POST /api/v1/agreements/{id}/entry-into-force",
					"POST /api/v1/agreements/{id}/files", "GET /api/v1/agreements/{id}/files/{file}",
					"GET /agreements/agenda", "GET /agreements/agenda/{meeting}", "POST /agreements/{id}/actions",
					"POST /agreements/{id}/actions/{action}/submit", "POST /agreements/{id}/actions/{action}/adopt",
					"GET /api/v1/agreements/{id}/actions", "POST /api/v1/agreements/{id}/actions",
					"POST /api/v1/agreements/{id}/actions/{action}/submission",
					"POST /api/v1/agreements/{id}/actions/{action}/adopt" ->
				this.agreementScenes.shape(endpoint, scene);
			case "GET /mandates/{slug}", "GET /mandates/{slug}/rev-{revision}", "GET /mandates/{slug}/para-{paragraph}",
					"GET /mandates/{slug}/rev-{revision}/para-{paragraph}", "GET /api/v1/mandates/{id}",
					"GET /mandates/texts/{id}/paragraphs", "POST /mandates/new", "POST /mandates/texts/{id}/paragraphs",
					"POST /mandates/texts/{id}/paragraphs/{paragraph}/delete" ->
				this.mandateScenes.shape(endpoint, scene);
			default -> {
				if (DueDiligenceScenes.ENDPOINTS.contains(endpoint.toString())) {
					this.dueDiligenceScenes.shape(endpoint, scene);
				}
			}
		}
		return scene;
	}

	/**
	 * For actions that take a version only to check it, and would refuse the shared 0.
	 */
	private static Scene withoutVersion(Scene scene) {
		scene.params.remove("version");
		return scene;
	}

	private static int unique() {
		return unique.incrementAndGet();
	}

	private static void decision(Scene scene, ApplicationView application) {
		String reference = TestAccreditation.reference();
		LocalDate adoptedOn = LocalDate.now().minusDays(1);
		scene.with("id", application.id())
			.param("version", application.version())
			.param("outcome", "ACCREDIT")
			.param("procedure", "WRITTEN_PROCEDURE")
			.param("reference", reference)
			.param("adoptedOn", adoptedOn)
			.param("text", "The Committee decides.")
			.json("{\"version\": %d, \"outcome\": \"ACCREDIT\", \"procedure\": \"WRITTEN_PROCEDURE\", \"reference\": \"%s\", \"adoptedOn\": \"%s\", \"text\": \"The Committee decides.\"}",
					application.version(), reference, adoptedOn);
	}

	private static String organizationJson(String name, @Nullable Long version) {
		return """
				{"officialName": "%s", "kind": "INTERNATIONAL_NGO", "headquarters": "GB", "countries": ["KE"],
				 "website": "https://www.example.org", "publicEmail": "info@example.org",
				 "description": "Works on migratory birds.", "descriptionLanguage": "EN", "instruments": ["CMS"],
				 "speciesGroups": ["BIRDS"], "version": %s, "allowSimilar": true}""".formatted(name,
				version == null ? "null" : version.toString());
	}

	/** An accreditation in force, of an NGO accredited for it. */
	private UUID accreditation() {
		Ngo ngo = this.reporting.accreditedNgo(Language.EN);
		return this.facades.register().ofOrganization(ngo.organization().id()).get(0).id();
	}

	/** An NGO invited to report in the cycle, with its member. */
	/** A member of a fresh reporting NGO invites the caller to help with its report. */
	private UUID invitationFor(AccountView caller, UUID cycle) {
		Ngo ngo = reporter(cycle);
		return TestAccounts.runAs(ngo.member(), () -> {
			ReportView report = this.facades.reports().start(cycle, ngo.organization().id(), false);
			return this.facades.reports()
				.askColleague(report.id(), caller.email(), caller.displayName(), Language.EN, "Could you help?")
				.id();
		});
	}

	private Ngo reporter(UUID cycle) {
		Ngo ngo = this.accreditation.ngo(Language.EN);
		this.facades.cycles().invite(cycle, ngo.organization().id());
		return ngo;
	}

	private ReportView completeReport(Ngo ngo, UUID cycle) {
		return TestAccounts.runAs(ngo.member(), () -> {
			ReportView started = this.facades.reports().start(cycle, ngo.organization().id(), false);
			return this.facades.reports()
				.save(started.id(), started.version(), TestReporting.completeAnswers())
				.report();
		});
	}

	private ReportView submittedReport(UUID cycle) {
		Ngo ngo = reporter(cycle);
		ReportView complete = completeReport(ngo, cycle);
		return TestAccounts.runAs(ngo.member(), () -> this.facades.reports().submit(complete.id(), complete.version()));
	}

	/** The draft of the process, complete, started when there is none. */
	private ProcessView processDraft() {
		var processes = this.facades.processes();
		ProcessView current = processes.currentDraft().orElseGet(() -> processes.startDraft(null));
		if (current.status() == VersionStatus.SUBMITTED) {
			current = processes.returnToDraft(current.id());
		}
		return processes.write(current.id(), current.version(), TestAccreditation.CONTENT);
	}

	private ProcessView processSubmitted() {
		var processes = this.facades.processes();
		return processes.currentDraft()
			.filter(draft -> draft.status() == VersionStatus.SUBMITTED)
			.orElseGet(() -> processes.submit(processDraft().id()));
	}

	/** No draft of the process: the current one, if any, is adopted. */
	private void noProcessDraft() {
		if (this.facades.processes().currentDraft().isPresent()) {
			this.facades.processes()
				.adopt(processSubmitted().id(), this.accreditation.writtenDecision("Adopts the process.").id());
		}
	}

	private TemplateView templateDraft() {
		var templates = this.facades.templates();
		TemplateView current = templates.currentDraft().orElseGet(templates::startDraft);
		return current.status() == VersionStatus.SUBMITTED ? templates.returnToDraft(current.id()) : current;
	}

	private TemplateView templateSubmitted() {
		var templates = this.facades.templates();
		return templates.currentDraft()
			.filter(draft -> draft.status() == VersionStatus.SUBMITTED)
			.orElseGet(() -> templates.submit(templateDraft().id()));
	}

	private void noTemplateDraft() {
		if (this.facades.templates().currentDraft().isPresent()) {
			this.facades.templates()
				.adopt(templateSubmitted().id(), this.accreditation.writtenDecision("Adopts the format.").id());
		}
	}

}
