package org.synergies.accreditation;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.synergies.accounts.AccountView;
import org.synergies.accounts.Role;
import org.synergies.accreditation.WorkingGroupMember.Represents;
import org.synergies.drafts.DraftComments;
import org.synergies.meetings.DecisionProcedure;
import org.synergies.meetings.GoverningBodies;
import org.synergies.meetings.GoverningBody;
import org.synergies.meetings.NewDecision;
import org.synergies.messaging.Outbox;
import org.synergies.shared.InvalidInputException;
import org.synergies.shared.Language;
import org.synergies.shared.RuleViolationException;
import org.synergies.shared.VersionStatus;
import org.synergies.support.DatabaseTest;
import org.synergies.support.TestAccounts;
import org.synergies.support.TestAccreditation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * On a database of its own (its own properties make a fresh context): nothing is adopted
 * when it starts.
 */
@SpringBootTest(properties = "synergies.test.fresh=process-and-call")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@RecordApplicationEvents
@DatabaseTest
class ProcessAndCallTests {

	@Autowired
	ApplicationEvents events;

	@Autowired
	AccreditationProcesses processes;

	@Autowired
	WorkingGroups groups;

	@Autowired
	DraftComments comments;

	@Autowired
	CallsForApplications calls;

	@Autowired
	AccreditationApplications applications;

	@Autowired
	GoverningBodies bodies;

	@Autowired
	TestAccreditation fixtures;

	@Autowired
	TestAccounts accounts;

	@Autowired
	Outbox outbox;

	@Test
	@Order(1)
	void theProcessIsDraftedCommentedSubmittedAdoptedAndSupersededOneInForceAtATime() {
		var ngo = this.fixtures.ngo(Language.EN);
		assertThatThrownBy(
				() -> TestAccounts.runAs(ngo.member(), () -> this.applications.start(ngo.organization().id())))
			.as("before any process is adopted")
			.hasMessage("application.rule.no-process");
		assertThatThrownBy(() -> this.calls.open(LocalDate.now(), LocalDate.now().plusDays(30)))
			.hasMessage("call.rule.no-process-in-force");

		GoverningBody group = this.bodies.createWorkingGroup("IWG-ACC", "Intersessional working group on accreditation",
				null, null);
		AccountView party = this.accounts.active(Language.FR, Role.NATIONAL_FOCAL_POINT);
		this.groups.addMember(group.id(), party.email(), Represents.PARTY, "FR", null);
		assertThat(this.groups.members(group.id())).singleElement()
			.satisfies(member -> assertThat(member.represents()).isEqualTo(Represents.PARTY));
		assertThatThrownBy(() -> this.groups.addMember(group.id(), "nobody@example.org", Represents.NGO, null, null))
			.hasMessage("working-group.rule.no-account");

		ProcessView draft = this.processes.startDraft(group.id());
		assertThat(draft.number()).isEqualTo(1);
		assertThatThrownBy(() -> this.processes.startDraft(group.id())).hasMessage("process.rule.draft-exists");
		assertThatThrownBy(() -> this.processes.submit(draft.id())).as("no criteria yet")
			.hasMessage("process.rule.incomplete");
		ProcessView written = this.processes.write(draft.id(), draft.version(), TestAccreditation.CONTENT);
		assertThat(written.content().criteria()).extracting(Criterion::key).containsExactly("C1", "C2");
		TestAccounts.runAs(party, () -> this.comments.comment(this.processes.commentable(draft.id()),
				"Please add a criterion on governance.", null));
		assertThat(this.comments.on(AccreditationProcesses.AUDITED_AS, draft.id())).singleElement()
			.satisfies(comment -> assertThat(comment.authorName()).isEqualTo(party.displayName()));

		ProcessView submitted = this.processes.submit(draft.id());
		assertThatThrownBy(() -> this.processes.write(draft.id(), submitted.version(), TestAccreditation.CONTENT))
			.hasMessage("process.rule.only-drafts-change");
		ProcessView first = this.processes.adopt(draft.id(),
				this.fixtures.writtenDecision("StC adopts the accreditation process by written procedure.").id());
		assertThat(first.status()).isEqualTo(VersionStatus.ADOPTED);
		assertThat(this.processes.inForce()).contains(first);
		assertThat(this.events.stream(ProcessAdopted.class))
			.containsExactly(new ProcessAdopted(first.id(), 1, first.adoptedBy()));

		ProcessView second = this.processes.startDraft(group.id());
		assertThat(second.content()).as("a new version starts from the last one").isEqualTo(first.content());
		this.processes.submit(second.id());
		this.processes.adopt(second.id(), this.fixtures.writtenDecision("Adopts version 2.").id());

		List<ProcessView> versions = this.processes.versions();
		assertThat(versions).extracting(ProcessView::number, ProcessView::status)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(2, VersionStatus.ADOPTED),
					org.assertj.core.groups.Tuple.tuple(1, VersionStatus.SUPERSEDED));
	}

	@Test
	void onlyAStandingCommitteeDecisionAdoptsAndBadContentIsRefused() {
		ProcessView draft = this.processes.currentDraft().orElseGet(() -> this.processes.startDraft(null));
		assertThatThrownBy(
				() -> this.processes.write(draft.id(), draft.version(),
						new ProcessContent(null, null, null, 0, null, 500,
								List.of(new Criterion("C1", " ", null, null, false)), List.of())))
			.isInstanceOf(InvalidInputException.class);
		if (draft.status() == VersionStatus.DRAFT) {
			this.processes.write(draft.id(), draft.version(), TestAccreditation.CONTENT);
			this.processes.submit(draft.id());
		}
		var copDecision = this.bodies
			.record(new NewDecision(GoverningBody.CONFERENCE_OF_THE_PARTIES, null, DecisionProcedure.WRITTEN_PROCEDURE,
					TestAccreditation.reference(), LocalDate.now(), "Not the Standing Committee.", null));

		assertThatThrownBy(() -> this.processes.adopt(draft.id(), copDecision.id()))
			.hasMessage("process.rule.adopted-by-committee");
	}

	@Test
	void callsAreDatedDoNotOverlapAndInviteTheChosenNgosInTheirLanguage() {
		this.fixtures.processInForceWithOpenCall();
		var ngo = this.fixtures.ngo(Language.ES);
		CallView open = this.calls.openCall().orElseThrow();

		assertThatThrownBy(() -> this.calls.open(open.opensOn().plusDays(1), open.closesOn().plusDays(1)))
			.isInstanceOf(RuleViolationException.class)
			.hasMessage("call.rule.overlap");
		assertThatThrownBy(() -> this.calls.open(LocalDate.now().plusDays(10), LocalDate.now().plusDays(5)))
			.isInstanceOf(InvalidInputException.class);

		int written = this.calls.invite(open.id(), java.util.List.of(ngo.organization().id()));
		assertThat(written).isGreaterThanOrEqualTo(1);
		assertThat(this.outbox.sentTo(ngo.member().email())).anySatisfy(mail -> assertThat(mail.subject())
			.startsWith("Convocatoria para la acreditación especial de ONG asociadas"));
		assertThat(this.calls.find(open.id()).orElseThrow().invitationsSentAt()).isNotNull();
	}

}
