package org.synergies.accreditation.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.synergies.accreditation.ApplicationAction;
import org.synergies.accreditation.ApplicationAction.Outcome;
import org.synergies.accreditation.ApplicationStatus;
import org.synergies.accreditation.ApplicationView.Question.Stage;
import org.synergies.accreditation.Criterion;
import org.synergies.accreditation.ProcessContent;
import org.synergies.accreditation.ProcessView;
import org.synergies.accreditation.Recommendation;
import org.synergies.accreditation.RequiredDocument;
import org.synergies.shared.Language;
import org.synergies.shared.RuleViolationException;
import org.synergies.shared.VersionStatus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every action from every status: the allowed ones reach their target, the others are
 * refused with the rule they break.
 */
class ApplicationStateMachineTests {

	static final Instant NOW = Instant.parse("2020-03-01T10:00:00Z");

	static final ProcessView PROCESS = new ProcessView(UUID.randomUUID(), 1, VersionStatus.ADOPTED, null,
			new ProcessContent("Process", null, null, 4, null, 36,
					List.of(new Criterion("C1", "Works for migratory species", null, null, false),
							new Criterion("C2", "Is a non-profit", null, null, true)),
					List.of(new RequiredDocument("D1", "Statutes", null, null))),
			UUID.randomUUID(), LocalDate.parse("2019-06-01"), NOW, NOW, NOW, 1, null);

	static Stream<Arguments> everyActionFromEveryStatus() {
		List<Arguments> cases = new ArrayList<>();
		for (ApplicationAction action : ApplicationAction.values()) {
			for (ApplicationStatus status : ApplicationStatus.values()) {
				cases.add(Arguments.of(action, status));
			}
		}
		return cases.stream();
	}

	@ParameterizedTest(name = "{0} from {1}")
	@MethodSource("everyActionFromEveryStatus")
	void followsTheStateMachine(ApplicationAction action, ApplicationStatus from) {
		AccreditationApplication application = completeIn(from);
		if (action.isAllowedFrom(from)) {
			perform(action, application);
			assertThat(application.status()).isEqualTo(action.target());
		}
		else {
			assertThatThrownBy(() -> perform(action, application)).isInstanceOf(RuleViolationException.class)
				.hasMessageStartingWith("application.rule.");
			assertThat(application.status()).as("a refused move changes nothing").isEqualTo(from);
		}
	}

	@Test
	void anIncompleteApplicationCannotBeSubmittedOrForwarded() {
		AccreditationApplication draft = AccreditationApplication.start(UUID.randomUUID(), PROCESS.id(),
				UUID.randomUUID(), NOW);
		draft.answer(PROCESS.content().criteria().get(1), "We are a registered charity.", Language.FR, NOW);

		assertThat(draft.missing(PROCESS)).containsExactly("C1", "C2", "D1");
		assertThatThrownBy(() -> draft.submit(PROCESS, NOW)).hasMessage("application.rule.incomplete");
	}

	@Test
	void anApplicationWithAnOpenQuestionCannotBeForwarded() {
		AccreditationApplication submitted = completeIn(ApplicationStatus.SUBMITTED);
		UUID question = submitted.ask("Please send your latest annual report.", LocalDate.parse("2020-03-15"),
				"Secretariat", NOW);

		assertThatThrownBy(() -> submitted.forward(PROCESS, NOW)).hasMessage("application.rule.open-questions");
		submitted.answerQuestion(question, "Attached to criterion C2.", "Applicant", NOW);
		submitted.forward(PROCESS, NOW);
		assertThat(submitted.status()).isEqualTo(ApplicationStatus.FORWARDED);
		assertThat(submitted.view().round()).isEqualTo(1);
	}

	@Test
	void onlyDraftsAndReturnedApplicationsChange() {
		for (ApplicationStatus status : ApplicationStatus.values()) {
			AccreditationApplication application = completeIn(status);
			Criterion criterion = PROCESS.content().criteria().get(0);
			if (status.isEditable()) {
				application.answer(criterion, "Changed", Language.EN, NOW);
			}
			else {
				assertThatThrownBy(() -> application.answer(criterion, "Changed", Language.EN, NOW))
					.hasMessage("application.rule.not-editable");
			}
		}
	}

	@Test
	void aDeferralIsAQuestionWhoseAnswerReturnsTheApplicationToReviewInANewRound() {
		AccreditationApplication forwarded = completeIn(ApplicationStatus.FORWARDED);
		forwarded.recommend(UUID.randomUUID(), "Member A", Recommendation.DEFER, "Ask about funding.", NOW);
		forwarded.decide(Outcome.DEFER, UUID.randomUUID(), "Please describe your funding sources.", NOW);

		assertThat(forwarded.status()).isEqualTo(ApplicationStatus.DEFERRED);
		var deferral = forwarded.view().openQuestions().get(0);
		assertThat(deferral.stage()).isEqualTo(Stage.DEFERRAL);
		forwarded.answerQuestion(deferral.id(), "Membership fees and grants.", "Applicant", NOW);
		assertThat(forwarded.status()).isEqualTo(ApplicationStatus.FORWARDED);
		assertThat(forwarded.view().round()).isEqualTo(2);
		assertThat(forwarded.view().currentRecommendations()).as("a new round starts without recommendations")
			.isEmpty();
	}

	@Test
	void recommendationsNeedReasonsExceptApprovalAndOnePerMemberAndRound() {
		AccreditationApplication forwarded = completeIn(ApplicationStatus.FORWARDED);
		UUID member = UUID.randomUUID();

		assertThatThrownBy(() -> forwarded.recommend(member, "Member", Recommendation.REJECT, " ", NOW))
			.hasMessage("application.rule.reasons-required");
		forwarded.recommend(member, "Member", Recommendation.ABSTAIN, "My organization is a partner of the applicant.",
				NOW);
		forwarded.recommend(member, "Member", Recommendation.APPROVE, null, NOW);
		assertThat(forwarded.view().currentRecommendations()).singleElement()
			.satisfies(entry -> assertThat(entry.recommendation()).isEqualTo(Recommendation.APPROVE));
		assertThatThrownBy(() -> completeIn(ApplicationStatus.SUBMITTED).recommend(member, "Member",
				Recommendation.APPROVE, null, NOW))
			.hasMessage("application.rule.recommend-only-forwarded");
	}

	@Test
	void onlyADecidedApplicationCanBeCorrectedAndTheCorrectionSetsTheNewOutcome() {
		AccreditationApplication accredited = completeIn(ApplicationStatus.ACCREDITED);
		accredited.correct(Outcome.REJECT, UUID.randomUUID(), "Corrigendum: rejected, the statutes were not valid.",
				NOW);

		assertThat(accredited.status()).isEqualTo(ApplicationStatus.REJECTED);
		assertThat(accredited.view().decisions()).hasSize(1);
		assertThatThrownBy(
				() -> completeIn(ApplicationStatus.FORWARDED).correct(Outcome.ACCREDIT, UUID.randomUUID(), "text", NOW))
			.hasMessage("application.rule.correct-only-decided");
	}

	private static void perform(ApplicationAction action, AccreditationApplication application) {
		switch (action) {
			case SUBMIT -> application.submit(PROCESS, NOW);
			case RETURN -> application.returnToApplicant("Please complete C1.", NOW);
			case CLOSE -> application.close("Not an NGO.", NOW);
			case FORWARD -> application.forward(PROCESS, NOW);
			case ACCREDIT -> application.decide(Outcome.ACCREDIT, UUID.randomUUID(), "Approved.", NOW);
			case DEFER -> application.decide(Outcome.DEFER, UUID.randomUUID(), "Deferred.", NOW);
			case REJECT -> application.decide(Outcome.REJECT, UUID.randomUUID(), "Rejected.", NOW);
			case RESPOND -> {
				UUID deferral = application.view()
					.questions()
					.stream()
					.filter(question -> question.stage() == Stage.DEFERRAL && question.isOpen())
					.findFirst()
					.map(question -> question.id())
					.orElseThrow(() -> new RuleViolationException("application.rule.cannot.RESPOND"));
				application.answerQuestion(deferral, "Our answer.", "Applicant", NOW);
			}
		}
	}

	/** A complete application (answers, evidence, documents) in the given status. */
	static AccreditationApplication completeIn(ApplicationStatus status) {
		Set<ApplicationAnswer> answers = new HashSet<>();
		answers.add(new ApplicationAnswer("C1", "Since 1984.", Language.EN, null, null));
		answers.add(
				new ApplicationAnswer("C2", "Charity no. 1070906.", Language.EN, UUID.randomUUID(), "certificate.pdf"));
		Set<ApplicationDocument> documents = new HashSet<>();
		documents.add(new ApplicationDocument("D1", UUID.randomUUID(), "statutes.pdf", NOW));
		List<ApplicationQuestion> questions = new ArrayList<>();
		if (status == ApplicationStatus.DEFERRED) {
			questions.add(new ApplicationQuestion(UUID.randomUUID(), Stage.DEFERRAL, "Describe your funding.", null,
					NOW, "Standing Committee", null, null, null));
		}
		return new AccreditationApplication(UUID.randomUUID(), UUID.randomUUID(), PROCESS.id(), UUID.randomUUID(),
				status, answers, documents, questions, new ArrayList<>(), new ArrayList<>(),
				status.isDecided() || status == ApplicationStatus.FORWARDED ? 1 : 0, null, null, NOW, NOW, 3L);
	}

}
