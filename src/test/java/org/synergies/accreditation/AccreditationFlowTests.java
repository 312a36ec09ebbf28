package org.synergies.accreditation;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.MessageSource;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.synergies.accounts.AccountView;
import org.synergies.accounts.Role;
import org.synergies.accreditation.ApplicationAction.Outcome;
import org.synergies.files.SampleFiles;
import org.synergies.meetings.DecisionProcedure;
import org.synergies.meetings.GoverningBody;
import org.synergies.meetings.NewDecision;
import org.synergies.messaging.Outbox;
import org.synergies.organizations.OrganizationManagement;
import org.synergies.organizations.OrganizationStatus;
import org.synergies.messaging.SentMail;
import org.synergies.shared.Language;
import org.synergies.shared.RuleViolationException;
import org.synergies.support.DatabaseTest;
import org.synergies.support.TestAccounts;
import org.synergies.support.TestAccreditation;
import org.synergies.support.TestEvents;
import org.synergies.support.TestAccreditation.Ngo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SpringBootTest
@DatabaseTest
@RecordApplicationEvents
class AccreditationFlowTests {

	@Autowired
	ApplicationEvents events;

	@Autowired
	TestAccreditation fixtures;

	@Autowired
	TestAccounts accounts;

	@Autowired
	AccreditationApplications applications;

	@Autowired
	Screening screening;

	@Autowired
	CommitteeReview review;

	@Autowired
	AccreditationRegister register;

	@Autowired
	Outbox outbox;

	@Autowired
	MessageSource messages;

	@Autowired
	TestEvents listeners;

	@Autowired
	OrganizationManagement organizations;

	@Test
	void anNgoAppliesIsScreenedReviewedAndAccredited() {
		ProcessView process = this.fixtures.processInForceWithOpenCall();
		Ngo ngo = this.fixtures.ngo(Language.FR);
		ApplicationView draft = this.fixtures.completeDraft(ngo);
		assertThat(this.applications.missing(draft.id())).isEmpty();

		ApplicationView submitted = TestAccounts.runAs(ngo.member(), () -> this.applications.submit(draft.id()));
		assertThat(submitted.status()).isEqualTo(ApplicationStatus.SUBMITTED);
		assertThat(subjects(ngo)).contains("Demande d’accréditation reçue — " + ngo.organization().officialName());

		ApplicationView asked = this.screening.ask(submitted.id(), "Please send your 2019 annual report.",
				LocalDate.now().plusDays(14));
		assertThatThrownBy(() -> this.screening.forward(asked.id(), asked.version()))
			.hasMessage("application.rule.open-questions");
		ApplicationView answered = TestAccounts.runAs(ngo.member(), () -> this.applications.answerQuestion(asked.id(),
				asked.questions().get(0).id(), "Voir le rapport joint au critère C2."));
		ApplicationView forwarded = this.screening.forward(answered.id(), answered.version());
		assertThat(forwarded.status()).isEqualTo(ApplicationStatus.FORWARDED);

		AccountView first = this.accounts.active(Language.EN, Role.STANDING_COMMITTEE_MEMBER);
		AccountView second = this.accounts.active(Language.ES, Role.STANDING_COMMITTEE_MEMBER);
		TestAccounts.runAs(first, () -> this.review.recommend(forwarded.id(), Recommendation.APPROVE, null));
		ApplicationView recommended = TestAccounts.runAs(second,
				() -> this.review.recommend(forwarded.id(), Recommendation.ABSTAIN, "Conflict of interest: partner."));
		assertThat(recommended.currentRecommendations()).extracting(ApplicationView.RecommendationEntry::recommendation)
			.containsExactlyInAnyOrder(Recommendation.APPROVE, Recommendation.ABSTAIN);

		ApplicationView accredited = this.review.decide(recommended.id(), recommended.version(), Outcome.ACCREDIT,
				TestAccreditation.decision("The Standing Committee approves the special accreditation."));
		assertThat(accredited.status()).isEqualTo(ApplicationStatus.ACCREDITED);
		AccreditationView entry = this.register.ofOrganization(ngo.organization().id()).get(0);
		assertThat(entry.validFrom()).isEqualTo(LocalDate.now());
		assertThat(entry.validUntil())
			.isEqualTo(LocalDate.now().plusYears(process.content().validityYears()).minusDays(1));
		assertThat(entry.processNumber()).isEqualTo(process.number());
		assertThat(this.register.inForce()).extracting(AccreditationView::organization)
			.contains(ngo.organization().id());
		assertThat(subjects(ngo)).contains("Votre organisation est accréditée — " + ngo.organization().officialName());

		assertThat(this.events.stream(ApplicationStatusChanged.class)
			.filter(event -> event.application().equals(draft.id()))
			.map(event -> event.from() + "→" + event.to()))
			.containsExactly("DRAFT→SUBMITTED", "SUBMITTED→FORWARDED", "FORWARDED→ACCREDITED");
		assertThat(this.events.stream(AccreditationChanged.class)).singleElement()
			.isEqualTo(new AccreditationChanged(entry.id(), ngo.organization().id(), AccreditationStatus.ACTIVE,
					entry.validFrom(), entry.validUntil(), null, accredited.decisions().get(0).decision(),
					entry.version()));
	}

	@Test
	void aSecondOpenApplicationUnderTheSameVersionIsRefused() {
		this.fixtures.processInForceWithOpenCall();
		Ngo ngo = this.fixtures.ngo(Language.EN);
		this.fixtures.completeDraft(ngo);

		assertThatThrownBy(
				() -> TestAccounts.runAs(ngo.member(), () -> this.applications.start(ngo.organization().id())))
			.isInstanceOf(RuleViolationException.class)
			.hasMessage("application.rule.already-open");
	}

	@Test
	void anIncompleteApplicationCannotBeSubmittedAndAnUploadThatLiesIsRefused() {
		this.fixtures.processInForceWithOpenCall();
		Ngo ngo = this.fixtures.ngo(Language.EN);
		ApplicationView started = TestAccounts.runAs(ngo.member(),
				() -> this.applications.start(ngo.organization().id()));

		assertThatThrownBy(() -> this.applications.submit(started.id())).hasMessage("application.rule.incomplete");
		assertThatThrownBy(
				() -> this.applications.uploadDocument(started.id(), "D1", "statutes.pdf", SampleFiles.png()))
			.hasMessage("files.rule.name-lies");
		assertThatThrownBy(() -> this.applications.uploadDocument(started.id(), "D1", "statutes.pdf", new byte[0]))
			.hasMessage("files.rule.empty");
		assertThat(this.applications.missing(started.id())).containsExactly("C1", "C2", "D1", "D2");
	}

	@Test
	void decidingAnApplicationNeverForwardedIsRefused() {
		this.fixtures.processInForceWithOpenCall();
		ApplicationView submitted = this.fixtures.submitted(this.fixtures.ngo(Language.EN));
		var decision = TestAccreditation.decision("Approves.");

		assertThatThrownBy(() -> this.review.decide(submitted.id(), submitted.version(), Outcome.ACCREDIT, decision))
			.hasMessage("application.rule.cannot.ACCREDIT");
	}

	@Test
	void twoOfficersRecordingADecisionAtOnceOneWinsTheOtherSeesAConflict() {
		this.fixtures.processInForceWithOpenCall();
		ApplicationView forwarded = this.fixtures.forwarded(this.fixtures.ngo(Language.EN));

		this.review.decide(forwarded.id(), forwarded.version(), Outcome.DEFER,
				TestAccreditation.decision("Deferred: describe your funding."));
		assertThatThrownBy(() -> this.review.decide(forwarded.id(), forwarded.version(), Outcome.ACCREDIT,
				TestAccreditation.decision("Approved.")))
			.isInstanceOfAny(OptimisticLockingFailureException.class, RuleViolationException.class);
		assertThat(this.applications.find(forwarded.id()).orElseThrow().status()).isEqualTo(ApplicationStatus.DEFERRED);
	}

	@Test
	void aDeferredApplicationReturnsToReviewWhenAnsweredAndCanThenBeRejected() {
		this.fixtures.processInForceWithOpenCall();
		Ngo ngo = this.fixtures.ngo(Language.ES);
		ApplicationView forwarded = this.fixtures.forwarded(ngo);
		ApplicationView deferred = this.review.decide(forwarded.id(), forwarded.version(), Outcome.DEFER,
				TestAccreditation.decision("Please describe your funding sources."));

		ApplicationView responded = TestAccounts.runAs(ngo.member(), () -> this.applications
			.answerQuestion(deferred.id(), deferred.openQuestions().get(0).id(), "Cuotas de socios y donaciones."));
		assertThat(responded.status()).isEqualTo(ApplicationStatus.FORWARDED);

		ApplicationView rejected = this.review.decide(responded.id(), responded.version(), Outcome.REJECT,
				TestAccreditation.decision("Rejected: the activities do not concern migratory species."));
		assertThat(rejected.status()).isEqualTo(ApplicationStatus.REJECTED);
		assertThat(rejected.statusReason()).contains("do not concern migratory species");
		assertThat(subjects(ngo))
			.contains("Su solicitud de acreditación ha sido rechazada — " + ngo.organization().officialName());
	}

	@Test
	void aCorrectionIsANewDecisionThatChangesTheOutcomeAndTheRegister() {
		this.fixtures.processInForceWithOpenCall();
		Ngo ngo = this.fixtures.ngo(Language.EN);
		ApplicationView forwarded = this.fixtures.forwarded(ngo);
		ApplicationView rejected = this.review.decide(forwarded.id(), forwarded.version(), Outcome.REJECT,
				TestAccreditation.decision("Rejected."));

		ApplicationView corrected = this.review.correct(rejected.id(), rejected.version(), Outcome.ACCREDIT,
				TestAccreditation.decision("Corrigendum: the application is approved."));

		assertThat(corrected.status()).isEqualTo(ApplicationStatus.ACCREDITED);
		assertThat(corrected.decisions()).hasSize(2);
		assertThat(this.register.ofOrganization(ngo.organization().id())).singleElement()
			.satisfies(entry -> assertThat(entry.status()).isEqualTo(AccreditationStatus.ACTIVE));
	}

	@Test
	void theSecretariatSuspendsWithdrawsAndReinstatesAndTheNgoIsTold() {
		this.fixtures.processInForceWithOpenCall();
		Ngo ngo = this.fixtures.ngo(Language.EN);
		ApplicationView forwarded = this.fixtures.forwarded(ngo);
		this.review.decide(forwarded.id(), forwarded.version(), Outcome.ACCREDIT,
				TestAccreditation.decision("Approved."));
		AccreditationView entry = this.register.ofOrganization(ngo.organization().id()).get(0);

		AccreditationView suspended = this.register.suspend(entry.id(), entry.version(), "Report for COP14 overdue.");
		assertThat(suspended.status()).isEqualTo(AccreditationStatus.SUSPENDED);
		assertThat(this.register.inForce()).extracting(AccreditationView::id).doesNotContain(entry.id());
		assertThatThrownBy(() -> this.register.suspend(entry.id(), null, "Again"))
			.hasMessage("accreditation.rule.suspend-only-active");
		assertThatThrownBy(() -> this.register.withdraw(entry.id(), entry.version(), "stale"))
			.isInstanceOf(OptimisticLockingFailureException.class);
		this.register.reinstate(entry.id(), suspended.version());
		assertThat(this.register.withdraw(entry.id(), null, "Ceased to exist.").status())
			.isEqualTo(AccreditationStatus.WITHDRAWN);
		assertThat(subjects(ngo)).contains(
				"Your accreditation has been suspended — " + ngo.organization().officialName(),
				"Your accreditation has been reinstated — " + ngo.organization().officialName(),
				"Your accreditation has been withdrawn — " + ngo.organization().officialName());
	}

	@Test
	void accreditationsEndingWithinNinetyDaysAreListedAndTheirOrganizationsWarnedOnce() {
		ProcessView process = this.fixtures.processInForceWithOpenCall();
		Ngo ending = this.fixtures.ngo(Language.ES);
		Ngo lasting = this.fixtures.ngo(Language.ES);
		LocalDate adoptedOn = LocalDate.now().minusYears(process.content().validityYears()).plusDays(30);
		ApplicationView first = this.fixtures.forwarded(ending);
		this.review.decide(first.id(), first.version(), Outcome.ACCREDIT,
				new NewDecision(GoverningBody.STANDING_COMMITTEE, null, DecisionProcedure.WRITTEN_PROCEDURE,
						TestAccreditation.reference(), adoptedOn, "Approved long ago.", null));
		ApplicationView second = this.fixtures.forwarded(lasting);
		this.review.decide(second.id(), second.version(), Outcome.ACCREDIT, TestAccreditation.decision("Approved."));

		assertThat(this.register.expiring()).extracting(AccreditationView::organization)
			.contains(ending.organization().id())
			.doesNotContain(lasting.organization().id());
		assertThat(this.register.warnExpiring()).isPositive();
		this.register.warnExpiring();

		assertThat(subjects(ending))
			.filteredOn(subject -> subject.startsWith("Su acreditación está a punto de caducar"))
			.as("warned once")
			.hasSize(1);
		assertThat(subjects(lasting))
			.noneMatch(subject -> subject.startsWith("Su acreditación está a punto de caducar"));

		assertThat(TestAccounts.runAs(ending.member(), () -> this.applications.start(ending.organization().id())))
			.as("an organization may apply to renew within the notice period")
			.satisfies(renewal -> assertThat(renewal.status()).isEqualTo(ApplicationStatus.DRAFT));
		assertThatThrownBy(
				() -> TestAccounts.runAs(lasting.member(), () -> this.applications.start(lasting.organization().id())))
			.isInstanceOfSatisfying(RuleViolationException.class, refused -> {
				assertThat(refused.messageKey()).isEqualTo("application.rule.still-accredited");
				assertThat(this.messages.getMessage(refused.messageKey(), refused.arguments(), Locale.FRENCH))
					.contains("jusqu’au " + frenchLongDate(LocalDate.now().plusYears(4).minusDays(1)));
			});
	}

	@Test
	void mergingADuplicateMovesItsApplicationsAndAccreditationUnlessBothHaveOneInProgress() {
		this.fixtures.processInForceWithOpenCall();
		Ngo survivor = this.fixtures.ngo(Language.EN);
		Ngo duplicate = this.fixtures.ngo(Language.EN);
		ApplicationView forwarded = this.fixtures.forwarded(duplicate);
		this.review.decide(forwarded.id(), forwarded.version(), Outcome.ACCREDIT,
				TestAccreditation.decision("Approved."));
		ApplicationView inProgress = this.fixtures.completeDraft(survivor);

		this.organizations.merge(survivor.organization().id(), duplicate.organization().id());

		assertThat(this.register.ofOrganization(survivor.organization().id())).singleElement()
			.satisfies(entry -> assertThat(entry.application()).isEqualTo(forwarded.id()));
		assertThat(this.applications.of(List.of(survivor.organization().id()))).extracting(ApplicationView::id)
			.containsExactlyInAnyOrder(forwarded.id(), inProgress.id());

		Ngo other = this.fixtures.ngo(Language.EN);
		this.fixtures.completeDraft(other);
		assertThatThrownBy(() -> this.organizations.merge(survivor.organization().id(), other.organization().id()))
			.hasMessage("accreditation.rule.merge-two-applications");
		assertThat(this.organizations.find(other.organization().id()).orElseThrow().status()).as("nothing merged")
			.isEqualTo(OrganizationStatus.ACTIVE);
	}

	private static String frenchLongDate(LocalDate date) {
		return date.format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.FRENCH));
	}

	private List<String> subjects(Ngo ngo) {
		this.listeners.settle();
		return this.outbox.sentTo(ngo.member().email()).stream().map(SentMail::subject).toList();
	}

}
