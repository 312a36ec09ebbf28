package org.synergies.accreditation.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;
import org.synergies.accreditation.ApplicationAction;
import org.synergies.accreditation.ApplicationAction.Outcome;
import org.synergies.accreditation.ApplicationStatus;
import org.synergies.accreditation.ApplicationView;
import org.synergies.accreditation.ApplicationView.Question.Stage;
import org.synergies.accreditation.Criterion;
import org.synergies.accreditation.ProcessView;
import org.synergies.accreditation.Recommendation;
import org.synergies.accreditation.RequiredDocument;
import org.synergies.shared.Language;
import org.synergies.shared.NotFoundException;
import org.synergies.shared.RuleViolationException;

/**
 * An NGO's application for accreditation, judged by the criteria of the process version
 * in force when it was started. Guards every move of {@link ApplicationAction}: an
 * illegal one is refused with the rule it breaks.
 */
@Table("accreditation_application")
public class AccreditationApplication {

	@Id
	private final UUID id;

	private final UUID organizationId;

	private final UUID processId;

	private final UUID callId;

	private ApplicationStatus status;

	@MappedCollection(idColumn = "application_id")
	private Set<ApplicationAnswer> answers;

	@MappedCollection(idColumn = "application_id")
	private Set<ApplicationDocument> documents;

	@MappedCollection(idColumn = "application_id", keyColumn = "position")
	private List<ApplicationQuestion> questions;

	@MappedCollection(idColumn = "application_id", keyColumn = "position")
	private List<ApplicationRecommendation> recommendations;

	@MappedCollection(idColumn = "application_id", keyColumn = "position")
	private List<ApplicationDecision> decisions;

	private int round;

	private @Nullable String statusReason;

	private @Nullable Instant submittedAt;

	private final Instant createdAt;

	private Instant updatedAt;

	@Version
	private @Nullable Long version;

	@PersistenceCreator
	AccreditationApplication(UUID id, UUID organizationId, UUID processId, UUID callId, ApplicationStatus status,
			Set<ApplicationAnswer> answers, Set<ApplicationDocument> documents, List<ApplicationQuestion> questions,
			List<ApplicationRecommendation> recommendations, List<ApplicationDecision> decisions, int round,
			@Nullable String statusReason, @Nullable Instant submittedAt, Instant createdAt, Instant updatedAt,
			@Nullable Long version) {
		this.id = id;
		this.organizationId = organizationId;
		this.processId = processId;
		this.callId = callId;
		this.status = status;
		this.answers = answers;
		this.documents = documents;
		this.questions = questions;
		this.recommendations = recommendations;
		this.decisions = decisions;
		this.round = round;
		this.statusReason = statusReason;
		this.submittedAt = submittedAt;
		this.createdAt = createdAt;
		this.updatedAt = updatedAt;
		this.version = version;
	}

	public static AccreditationApplication start(UUID organization, UUID process, UUID call, Instant now) {
		return new AccreditationApplication(UUID.randomUUID(), organization, process, call, ApplicationStatus.DRAFT,
				new HashSet<>(), new HashSet<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), 0, null,
				null, now, now, null);
	}

	public void answer(Criterion criterion, @Nullable String text, @Nullable Language language, Instant now) {
		requireEditable();
		this.answers = dossier().answered(criterion, text, language);
		this.updatedAt = now;
	}

	public void attachEvidence(Criterion criterion, UUID file, String fileName, Instant now) {
		requireEditable();
		this.answers = dossier().evidenced(criterion, file, fileName);
		this.updatedAt = now;
	}

	public void attachDocument(RequiredDocument document, UUID file, String fileName, Instant now) {
		requireEditable();
		this.documents = dossier().withDocument(new ApplicationDocument(document.code(), file, fileName, now));
		this.updatedAt = now;
	}

	/** What is still missing under the process: criterion keys and document codes. */
	public List<String> missing(ProcessView process) {
		return dossier().missing(process);
	}

	public void submit(ProcessView process, Instant now) {
		require(ApplicationAction.SUBMIT);
		dossier().requireComplete(process);
		move(ApplicationAction.SUBMIT, null, now);
		this.submittedAt = now;
	}

	public UUID ask(String text, @Nullable LocalDate dueOn, String askedBy, Instant now) {
		if (this.status != ApplicationStatus.SUBMITTED) {
			throw new RuleViolationException("application.rule.questions-while-screening");
		}
		ApplicationQuestion question = ApplicationQuestion.atScreening(text, dueOn, askedBy, now);
		this.questions = appended(this.questions, question);
		this.updatedAt = now;
		return question.questionId();
	}

	/**
	 * The applicant answers a question. Answering the Committee's deferral sends the
	 * application back to review.
	 */
	public void answerQuestion(UUID question, String answer, String by, Instant now) {
		ApplicationQuestion row = this.questions.stream()
			.filter(asked -> asked.questionId().equals(question))
			.findFirst()
			.orElseThrow(() -> new NotFoundException("question", question));
		if (!row.isOpen()) {
			throw new RuleViolationException("application.rule.question-answered");
		}
		boolean deferral = row.stage() == Stage.DEFERRAL;
		if (deferral ? this.status != ApplicationStatus.DEFERRED : this.status != ApplicationStatus.SUBMITTED) {
			throw new RuleViolationException("application.rule.question-closed");
		}
		this.questions = new ArrayList<>(
				this.questions.stream().map(asked -> asked == row ? row.answered(answer, by, now) : asked).toList());
		if (deferral) {
			move(ApplicationAction.RESPOND, null, now);
			this.round++;
		}
		this.updatedAt = now;
	}

	public void returnToApplicant(String reason, Instant now) {
		move(ApplicationAction.RETURN, reason, now);
	}

	public void close(String reason, Instant now) {
		move(ApplicationAction.CLOSE, reason, now);
	}

	public void forward(ProcessView process, Instant now) {
		require(ApplicationAction.FORWARD);
		dossier().requireComplete(process);
		if (this.questions.stream().anyMatch(ApplicationQuestion::isOpen)) {
			throw new RuleViolationException("application.rule.open-questions");
		}
		move(ApplicationAction.FORWARD, null, now);
		this.round++;
	}

	public void recommend(UUID member, String memberName, Recommendation recommendation, @Nullable String reasons,
			Instant now) {
		if (this.status != ApplicationStatus.FORWARDED) {
			throw new RuleViolationException("application.rule.recommend-only-forwarded");
		}
		this.recommendations = ApplicationRecommendation
			.of(member, memberName, this.round, recommendation, reasons, now)
			.recordedIn(this.recommendations);
		this.updatedAt = now;
	}

	/** Applies the Standing Committee's decision on the forwarded application. */
	public void decide(Outcome outcome, UUID decision, String decisionText, Instant now) {
		ApplicationAction action = ApplicationAction.DECISIONS.get(outcome);
		require(action);
		apply(outcome, decision, decisionText, now);
	}

	/**
	 * A later decision corrects the last one: the application takes the corrected
	 * outcome. Only a decided application can be corrected.
	 */
	public void correct(Outcome outcome, UUID decision, String decisionText, Instant now) {
		if (!this.status.isDecided()) {
			throw new RuleViolationException("application.rule.correct-only-decided");
		}
		this.questions = new ArrayList<>(this.questions.stream()
			.filter(question -> !(question.stage() == Stage.DEFERRAL && question.isOpen()))
			.toList());
		apply(outcome, decision, decisionText, now);
	}

	private void apply(Outcome outcome, UUID decision, String decisionText, Instant now) {
		this.decisions = appended(this.decisions, new ApplicationDecision(decision, outcome, this.round, now));
		this.status = ApplicationAction.DECISIONS.get(outcome).target();
		this.statusReason = outcome == Outcome.ACCREDIT ? null : decisionText;
		if (outcome == Outcome.DEFER) {
			this.questions = appended(this.questions, ApplicationQuestion.deferral(decisionText, now));
		}
		this.updatedAt = now;
	}

	private void move(ApplicationAction action, @Nullable String reason, Instant now) {
		require(action);
		this.status = action.target();
		this.statusReason = reason;
		this.updatedAt = now;
	}

	private void require(ApplicationAction action) {
		if (!action.isAllowedFrom(this.status)) {
			throw new RuleViolationException("application.rule.cannot." + action.name());
		}
	}

	private void requireEditable() {
		if (!this.status.isEditable()) {
			throw new RuleViolationException("application.rule.not-editable");
		}
	}

	private ApplicationDossier dossier() {
		return new ApplicationDossier(this.answers, this.documents);
	}

	public UUID id() {
		return this.id;
	}

	public UUID organizationId() {
		return this.organizationId;
	}

	public UUID processId() {
		return this.processId;
	}

	public ApplicationStatus status() {
		return this.status;
	}

	public long version() {
		return this.version == null ? 0 : this.version;
	}

	public ApplicationView view() {
		ApplicationDossier dossier = dossier();
		return new ApplicationView(this.id, this.organizationId, this.processId, this.callId, this.status,
				dossier.answerViews(), dossier.documentViews(),
				this.questions.stream().map(ApplicationQuestion::view).toList(),
				this.recommendations.stream().map(ApplicationRecommendation::view).toList(),
				this.decisions.stream().map(ApplicationDecision::view).toList(), this.round, this.statusReason,
				this.submittedAt, this.createdAt, this.updatedAt, version());
	}

	private static <T> List<T> appended(List<T> list, T element) {
		List<T> appended = new ArrayList<>(list);
		appended.add(element);
		return appended;
	}

}
