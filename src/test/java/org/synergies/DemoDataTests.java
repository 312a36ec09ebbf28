package org.synergies;

import java.util.Objects;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.synergies.accounts.AccountManagement;
import org.synergies.accounts.AccountStatus;
import org.synergies.accounts.AccountView;
import org.synergies.accreditation.AccreditationApplications;
import org.synergies.accreditation.AccreditationProcesses;
import org.synergies.accreditation.AccreditationRegister;
import org.synergies.accreditation.AccreditationView;
import org.synergies.accreditation.ApplicationStatus;
import org.synergies.accreditation.ApplicationView;
import org.synergies.accreditation.CallsForApplications;
import org.synergies.accreditation.ProcessView;
import org.synergies.accreditation.Screening;
import org.synergies.drafts.DraftComment;
import org.synergies.drafts.DraftComments;
import org.synergies.meetings.DecisionProcedure;
import org.synergies.compilations.Compilation;
import org.synergies.compilations.CompilationJobs;
import org.synergies.compilations.Compilations;
import org.synergies.meetings.DecisionView;
import org.synergies.meetings.GoverningBody;
import org.synergies.meetings.GoverningBodies;
import org.synergies.meetings.GoverningBody;
import org.synergies.meetings.MeetingView;
import org.synergies.organizations.DirectoryPage;
import org.synergies.organizations.DirectoryQuery;
import org.synergies.organizations.OrganizationKind;
import org.synergies.organizations.OrganizationManagement;
import org.synergies.organizations.OrganizationSummary;
import org.synergies.accounts.Role;
import org.synergies.reporting.CycleRow;
import org.synergies.reporting.CycleView;
import org.synergies.reporting.CycleRow.Progress;
import org.synergies.reporting.internal.ReportingCycles;
import org.synergies.reporting.internal.ReportingNotices;
import org.synergies.reporting.internal.ReportingNotices.Notice;
import org.synergies.reporting.internal.ReportingTemplates;
import org.synergies.reporting.internal.Reports;
import org.synergies.reporting.TemplateView;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * With the profile {@code demo} (the README's first command), the demo accounts the
 * README lists exist on the embedded default, sign in with the README's password, and
 * their API tokens work.
 */
@SpringBootTest
@ActiveProfiles("demo")
@AutoConfigureMockMvc
class DemoDataTests {

	@Autowired
	AccountManagement accounts;

	@Autowired
	MockMvcTester mvc;

	@Autowired
	OrganizationManagement organizations;

	@Autowired
	AccreditationProcesses processes;

	@Autowired
	DraftComments comments;

	@Autowired
	CallsForApplications calls;

	@Autowired
	AccreditationRegister register;

	@Autowired
	Screening screening;

	@Autowired
	AccreditationApplications applications;

	@Autowired
	GoverningBodies bodies;

	@Autowired
	ReportingTemplates templates;

	@Autowired
	ReportingCycles cycles;

	@Autowired
	ReportingNotices notices;

	@Autowired
	Reports reports;

	@Autowired
	Compilations compilations;

	@Autowired
	CompilationJobs jobs;

	@Test
	void everyOrganizationTheSeedNamesIsInTheRegistryWithMembersForSomeNgos() {
		DirectoryPage all = this.organizations.directory(DirectoryQuery.firstPage(100));
		assertThat(all.organizations()).extracting(OrganizationSummary::officialName)
			.contains("Born Free Foundation", "BirdLife International", "OceanCare", "Wildlife Conservation Society",
					"Wild Migration", "IUCN Environmental Law Centre", "Environment for the Americas",
					"Convention on Wetlands", "International Whaling Commission", "UNESCO World Heritage Centre",
					"United Nations Convention to Combat Desertification", "United Nations Environment Programme",
					"UN Environment Programme World Conservation Monitoring Centre",
					"Food and Agriculture Organization of the United Nations",
					"United Nations Environment Management Group",
					"Intergovernmental Science-Policy Platform on Biodiversity and Ecosystem Services");
		assertThat(all.organizations()).extracting(OrganizationSummary::acronym)
			.contains("CITES", "CBD", "Bern Convention", "CMS", "AEWA");
		var bornFree = all.organizations()
			.stream()
			.filter(organization -> organization.officialName().equals("Born Free Foundation"))
			.findFirst()
			.orElseThrow();
		assertThat(bornFree.kind()).isEqualTo(OrganizationKind.INTERNATIONAL_NGO);
		assertThat(bornFree.headquarters()).isEqualTo("GB");
		assertThat(this.organizations.members(bornFree.id())).extracting(AccountView::email)
			.containsExactly("member@synergies.example");
	}

	@Test
	void theAccreditationProcessIsAdoptedByWrittenProcedureWithAnOpenCallAndApplicationsInSeveralStates() {
		ProcessView process = this.processes.inForce().orElseThrow();
		assertThat(process.number()).isEqualTo(1);
		assertThat(this.bodies.decision(process.adoptedBy()).orElseThrow().procedure())
			.isEqualTo(DecisionProcedure.WRITTEN_PROCEDURE);
		assertThat(this.calls.openCall()).isPresent();
		assertThat(this.register.inForce()).extracting(AccreditationView::organizationName)
			.containsExactly("Born Free Foundation");
		assertThat(this.screening.applications())
			.extracting(application -> this.organizations.find(application.organization()).orElseThrow().officialName(),
					ApplicationView::status)
			.contains(tuple("Born Free Foundation", ApplicationStatus.ACCREDITED),
					tuple("OceanCare", ApplicationStatus.FORWARDED));
		var birdLife = this.accounts.findByEmail("birdlife@synergies.example").orElseThrow();
		assertThat(this.applications.of(birdLife.organizations())).extracting(ApplicationView::status)
			.containsExactly(ApplicationStatus.DRAFT);
	}

	@Test
	void theMandateTheWorkingGroupsDraftsAndCommentsAndTheirAdoptionTogetherAreOnRecord() {
		var cop13 = this.bodies.meetings(GoverningBody.CONFERENCE_OF_THE_PARTIES)
			.stream()
			.filter(meeting -> meeting.number() == 13)
			.findFirst()
			.orElseThrow();
		assertThat(this.bodies.decisions(GoverningBody.CONFERENCE_OF_THE_PARTIES, cop13.id()))
			.extracting(DecisionView::reference)
			.contains("13.AA", "13.BB", "13.CC");
		assertThat(this.bodies.decisions(GoverningBody.CONFERENCE_OF_THE_PARTIES, cop13.id()))
			.filteredOn(decision -> decision.reference().equals("13.AA"))
			.singleElement()
			.satisfies(decision -> assertThat(decision.text()).contains("a process and a model of report to the COP"));

		ProcessView process = this.processes.inForce().orElseThrow();
		TemplateView format = this.templates.inForce().orElseThrow();
		assertThat(process.content().reportingFormat()).isEqualTo(format.id());
		assertThat(format.adoptedBy()).isEqualTo(process.adoptedBy());
		assertThat(this.bodies.decision(process.adoptedBy()).orElseThrow().text()).contains("13.CC a)");
		assertThat(this.bodies.body(process.workingGroup()).orElseThrow().code()).isEqualTo("IWG-NGO");
		assertThat(this.comments.on(AccreditationProcesses.AUDITED_AS, process.id()))
			.extracting(DraftComment::authorName)
			.contains("Priya Focal", "Marta Miembro", "Olivier Officier");
		assertThat(this.comments.on(ReportingTemplates.AUDITED_AS, format.id())).extracting(DraftComment::authorName)
			.contains("Priya Focal", "Marta Miembro", "Samuel Standing");
		assertThat(this.comments.on(ReportingTemplates.AUDITED_AS, format.id())).extracting(DraftComment::reference)
			.contains("activities", "financialLines");
	}

	@Test
	void theCop15ReportingCycleIsOpenWithBornFreesReportPublishedAndItsFiguresPublic() {
		TemplateView format = this.templates.inForce().orElseThrow();
		assertThat(this.bodies.decision(Objects.requireNonNull(format.adoptedBy())).orElseThrow().procedure())
			.isEqualTo(DecisionProcedure.WRITTEN_PROCEDURE);
		CycleView cycle = this.cycles.cycles()
			.stream()
			.filter(found -> found.meetingCode().equals("COP15"))
			.findFirst()
			.orElseThrow();
		assertThat(cycle.deadline()).isEqualTo(cycle.meetingStartsOn().minusWeeks(10));
		assertThat(this.cycles.overview(cycle.id()))
			.extracting(CycleRow::organizationName, CycleRow::progress, CycleRow::mustReport)
			.containsExactlyInAnyOrder(tuple("Born Free Foundation", Progress.ACCEPTED, true),
					tuple("OceanCare", Progress.DRAFT, false),
					tuple("BirdLife International", Progress.NOT_STARTED, false));
		assertThat(this.reports.published()).as("Born Free's, and the two of the AEWA MOP9 cycle").hasSize(3);
		// the two invited organizations were told of the opening; Born Free had reported
		assertThat(this.notices.sentFor(cycle.id())).extracting(Notice::kind)
			.containsExactly(ReportingNotices.Kind.OPENED, ReportingNotices.Kind.OPENED);
		// 85,000 GBP × 1.27 + 42,000 EUR × 1.08 = 107,950 + 45,360 = 153,310 USD in cash
		assertThat(this.mvc.get().uri("/reporting/cycles/" + cycle.id() + "/figures")).hasStatusOk()
			.bodyText()
			.contains("153,310", "Born Free Foundation");
	}

	@Test
	void anAewaMeetingOfThePartiesAheadHasItsCycleAndItsCompilationCountsTheReportsServingAewa() {
		MeetingView mop9 = this.bodies.meetings(GoverningBody.AEWA_MEETING_OF_THE_PARTIES)
			.stream()
			.filter(meeting -> meeting.number() == 9)
			.findFirst()
			.orElseThrow();
		assertThat(mop9.code()).isEqualTo("AEWA MOP9");
		assertThat(mop9.instrument()).isEqualTo("AEWA");
		CycleView cycle = this.cycles.cycles()
			.stream()
			.filter(found -> found.meeting().equals(mop9.id()))
			.findFirst()
			.orElseThrow();
		assertThat(this.cycles.overview(cycle.id())).extracting(CycleRow::organizationName, CycleRow::progress)
			.containsExactlyInAnyOrder(tuple("Born Free Foundation", Progress.ACCEPTED),
					tuple("BirdLife International", Progress.ACCEPTED));
		Compilation aewa = this.compilations.compile(cycle.id(), "AEWA");
		assertThat(aewa.reports()).hasSize(2);
		assertThat(aewa.reportsWithActivities()).isEqualTo(1);
		assertThat(this.jobs.proposeSymbol(cycle.id(), "AEWA")).isEqualTo("AEWA/MOP9 Inf.1");
	}

	@Test
	void oneActiveAccountPerRoleWithTheReadmesPasswordAndToken() {
		record Demo(String email, Role role, String token) {
		}
		for (Demo demo : new Demo[] {
				new Demo("admin@synergies.example", Role.SECRETARIAT_ADMIN, "syn_demo-admin-token"),
				new Demo("officer@synergies.example", Role.SECRETARIAT_OFFICER, "syn_demo-officer-token"),
				new Demo("member@synergies.example", Role.ORGANIZATION_MEMBER, "syn_demo-member-token"),
				new Demo("birdlife@synergies.example", Role.ORGANIZATION_MEMBER, "syn_demo-birdlife-token"),
				new Demo("oceancare@synergies.example", Role.ORGANIZATION_MEMBER, "syn_demo-oceancare-token"),
				new Demo("stc@synergies.example", Role.STANDING_COMMITTEE_MEMBER, "syn_demo-stc-token"),
				new Demo("focalpoint@synergies.example", Role.NATIONAL_FOCAL_POINT, "syn_demo-focalpoint-token"),
				new Demo("translator@synergies.example", Role.TRANSLATOR, "syn_demo-translator-token") }) {
			var account = this.accounts.findByEmail(demo.email()).orElseThrow();
			assertThat(account.status()).isEqualTo(AccountStatus.ACTIVE);
			assertThat(account.roles()).contains(demo.role());
			assertThat(this.mvc.post()
				.uri("/login")
				.param("email", demo.email())
				.param("password", "synergies-demo")
				.with(csrf())).hasRedirectedUrl("/");
			assertThat(this.mvc.get().uri("/api/v1/me").header("Authorization", "Bearer " + demo.token())).hasStatusOk()
				.bodyText()
				.contains(demo.email());
		}
	}

}
