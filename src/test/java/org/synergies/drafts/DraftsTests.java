package org.synergies.drafts;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.UUID;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.synergies.accounts.AccountView;
import org.synergies.accounts.Role;
import org.synergies.accreditation.AccreditationProcesses;
import org.synergies.accreditation.WorkingGroups;
import org.synergies.accreditation.ProcessView;
import org.synergies.accreditation.WorkingGroupMember.Represents;
import org.synergies.audit.AuditEntry;
import org.synergies.audit.AuditTrail;
import org.synergies.meetings.GoverningBodies;
import org.synergies.messaging.Outbox;
import org.synergies.messaging.SentMail;
import org.synergies.reporting.internal.ReportingTemplates;
import org.synergies.reporting.TemplateView;
import org.synergies.shared.Language;
import org.synergies.shared.RuleViolationException;
import org.synergies.shared.VersionStatus;
import org.synergies.support.DatabaseTest;
import org.synergies.support.TestAccounts;
import org.synergies.support.TestAccreditation;
import org.synergies.support.TestAccreditation.Ngo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * The working group drafts the process and the reporting format together (decision 13.AA
 * a)): its members, Standing Committee members and the Secretariat read the drafts of
 * both and comment on them on the record; NGO members and the public do not.
 */
@SpringBootTest
@AutoConfigureMockMvc
@DatabaseTest
class DraftsTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	TestAccreditation accreditation;

	@Autowired
	AccreditationProcesses processes;

	@Autowired
	WorkingGroups groups;

	@Autowired
	ReportingTemplates templates;

	@Autowired
	GoverningBodies bodies;

	@Autowired
	DraftComments comments;

	@Autowired
	AuditTrail audit;

	@Autowired
	Outbox outbox;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DataSource dataSource;

	@Test
	void workingGroupAndCommitteeMembersReadAndCommentOnDraftsOfBothTextsAndNgoMembersDoNot() {
		AccountView member = workingGroupMember();
		AccountView committee = this.accounts.active(Language.EN, Role.STANDING_COMMITTEE_MEMBER);
		Ngo ngo = this.accreditation.ngo(Language.EN);
		TemplateView format = Drafts.formatDraft(this.templates, this.accreditation);
		ProcessView process = Drafts.processDraft(this.processes, format.id());

		for (String page : new String[] { "/accreditation/process/" + process.id(),
				"/reporting/templates/" + format.id() }) {
			assertThat(this.mvc.get().uri(page).with(TestAccounts.as(member))).hasStatusOk()
				.bodyText()
				.contains("Comments on the record");
			assertThat(this.mvc.get().uri(page).with(TestAccounts.as(committee))).hasStatusOk();
			assertThat(this.mvc.get().uri(page).with(TestAccounts.as(ngo.member()))).hasStatus(404);
			assertThat(this.mvc.get().uri(page)).hasStatus(404);

			String text = "Comment by the working group on " + page;
			assertThat(this.mvc.post()
				.uri(page + "/comments")
				.param("text", text)
				.param("reference", "C2")
				.with(TestAccounts.as(member))
				.with(csrf())).hasRedirectedUrl(page + "?commented#comments");
			assertThat(this.mvc.post()
				.uri(page + "/comments")
				.param("text", "An NGO member is not on the group.")
				.with(TestAccounts.as(ngo.member()))
				.with(csrf())).hasStatus(403);
			assertThat(this.mvc.get().uri(page).with(TestAccounts.as(committee))).hasStatusOk()
				.bodyText()
				.contains(text, member.displayName(), "about C2")
				.doesNotContain("An NGO member is not on the group.");
		}
		// the process page names the format version it refers to
		assertThat(this.mvc.get().uri("/accreditation/process/" + process.id()).with(TestAccounts.as(member)))
			.hasStatusOk()
			.bodyText()
			.contains("Civil-society reporting format, version " + format.number());
		// and the format's page the process versions drafted with it
		assertThat(this.mvc.get().uri("/reporting/templates/" + format.id()).with(TestAccounts.as(member)))
			.hasStatusOk()
			.bodyText()
			.contains("Drafted with", "version " + process.number() + " of the accreditation process");
	}

	@Test
	void theApiGivesDraftsAndTheirCommentsToTheSameReadersOnly() {
		AccountView member = workingGroupMember();
		Ngo ngo = this.accreditation.ngo(Language.EN);
		String memberToken = "Bearer " + this.accounts.apiToken(member);
		String ngoToken = "Bearer " + this.accounts.apiToken(ngo.member());
		TemplateView format = Drafts.formatDraft(this.templates, this.accreditation);
		String base = "/api/v1/reporting/templates/" + format.id();

		assertThat(this.mvc.get().uri(base).header("Authorization", memberToken)).hasStatusOk();
		assertThat(this.mvc.get().uri(base).header("Authorization", ngoToken)).hasStatus(404);
		assertThat(this.mvc.get().uri("/api/v1/reporting/templates").header("Authorization", ngoToken)).bodyJson()
			.extractingPath("$[*].id")
			.asArray()
			.doesNotContain(format.id().toString());

		assertThat(this.mvc.post()
			.uri(base + "/comments")
			.header("Authorization", memberToken)
			.contentType("application/json")
			.content("{\"text\": \"Keep the staff months optional.\", \"reference\": \"staffMonths\"}")).hasStatus(201)
			.bodyJson()
			.hasPathSatisfying("$.number", number -> number.assertThat().isEqualTo(format.number()))
			.hasPathSatisfying("$.reference", reference -> reference.assertThat().isEqualTo("staffMonths"));
		assertThat(this.mvc.post()
			.uri(base + "/comments")
			.header("Authorization", ngoToken)
			.contentType("application/json")
			.content("{\"text\": \"Let me in.\"}")).hasStatus(403);
		assertThat(this.mvc.get().uri(base + "/comments").header("Authorization", ngoToken)).hasStatus(403);
		assertThat(this.mvc.get().uri(base + "/comments").header("Authorization", memberToken)).bodyJson()
			.extractingPath("$[*].text")
			.asArray()
			.contains("Keep the staff months optional.")
			.doesNotContain("Let me in.");
	}

	@Test
	void commentsAreOnTheRecordAuditedAndTheSecretariatIsToldByEmail() throws SQLException {
		AccountView officer = this.accounts.active(Language.FR, Role.SECRETARIAT_OFFICER);
		AccountView member = workingGroupMember();
		TemplateView format = Drafts.formatDraft(this.templates, this.accreditation);

		DraftComment first = TestAccounts.runAs(member, () -> this.comments
			.comment(this.templates.commentable(format.id()), "The financial section asks for too much.", null));
		DraftComment correction = TestAccounts.runAs(member,
				() -> this.comments.comment(this.templates.commentable(format.id()),
						"Correction: only the in-kind lines ask for too much.", "financialLines"));

		assertThat(this.comments.on(ReportingTemplates.AUDITED_AS, format.id())).extracting(DraftComment::id)
			.containsSubsequence(first.id(), correction.id());
		assertThat(this.comments.on(ReportingTemplates.AUDITED_AS, format.id()))
			.filteredOn(comment -> comment.id().equals(first.id()))
			.singleElement()
			.satisfies(kept -> {
				assertThat(kept.text()).isEqualTo("The financial section asks for too much.");
				assertThat(kept.authorName()).isEqualTo(member.displayName());
				assertThat(kept.number()).isEqualTo(format.number());
			});
		assertThat(this.audit.historyOf(ReportingTemplates.AUDITED_AS, format.id())).extracting(AuditEntry::action)
			.filteredOn("commented"::equals)
			.hasSizeGreaterThanOrEqualTo(2);
		assertThat(await().until(() -> this.outbox.sentTo(officer.email())
			.stream()
			.filter(mail -> mail.template().equals("draft-commented"))
			.toList(), mails -> mails.size() >= 2)).extracting(SentMail::subject)
			.contains("Nouveau commentaire sur la version " + format.number()
					+ " du format de rapport de la société civile");

		if (isPostgres()) {
			assertThatThrownBy(() -> this.jdbc.sql("UPDATE draft_comment SET text = 'rewritten' WHERE id = :id")
				.param("id", first.id())
				.update()).rootCause().hasMessageContaining("append-only");
			assertThatThrownBy(
					() -> this.jdbc.sql("DELETE FROM draft_comment WHERE id = :id").param("id", first.id()).update())
				.rootCause()
				.hasMessageContaining("append-only");
		}
	}

	@Test
	void aVersionTakesNoCommentOnceAdoptedAndACommentNeedsAText() {
		AccountView member = workingGroupMember();
		TemplateView format = Drafts.formatDraft(this.templates, this.accreditation);
		assertThatThrownBy(() -> TestAccounts.runAs(member,
				() -> this.comments.comment(this.templates.commentable(format.id()), "  ", null)))
			.hasMessageContaining("text");
		this.templates.submit(format.id());
		this.templates.adopt(format.id(), this.accreditation.writtenDecision("Adopts the format.").id());
		assertThatThrownBy(() -> this.templates.commentable(format.id())).isInstanceOf(RuleViolationException.class)
			.hasMessage("draft.rule.comment-only-drafts");
		assertThat(this.templates.find(format.id()).orElseThrow().status()).isEqualTo(VersionStatus.ADOPTED);
	}

	private AccountView workingGroupMember() {
		AccountView person = this.accounts.active(Language.EN, Role.NATIONAL_FOCAL_POINT);
		UUID group = this.bodies
			.createWorkingGroup("WG-" + UUID.randomUUID().toString().substring(0, 8), "Drafting group", null, null)
			.id();
		this.groups.addMember(group, person.email(), Represents.PARTY, "IN", null);
		return person;
	}

	private boolean isPostgres() throws SQLException {
		try (Connection connection = this.dataSource.getConnection()) {
			return connection.getMetaData().getDatabaseProductName().equals("PostgreSQL");
		}
	}

}
