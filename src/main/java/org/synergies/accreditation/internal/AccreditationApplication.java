package org.synergies.accreditation.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
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
	private Set<AnswerRow> answers;

	@MappedCollection(idColumn = "application_id")
	private Set<DocumentRow> documents;

	@MappedCollection(idColumn = "application_id", keyColumn = "position")
	private List<QuestionRow> questions;

	@MappedCollection(idColumn = "application_id", keyColumn = "position")
	private List<RecommendationRow> recommendations;

	@MappedCollection(idColumn = "application_id", keyColumn = "position")
	private List<DecisionRow> decisions;

	private int round;

	private @Nullable String statusReason;

	private @Nullable Instant submittedAt;

	private final Instant createdAt;

	private Instant updatedAt;

	@Version
	private @Nullable Long version;

	@Table("application_answer")
	record AnswerRow(String criterionKey, @Nullable String text, @Nullable Language language,
			@Nullable UUID evidenceFile, @Nullable String evidenceName) {
	}

	@Table("application_document")
	record DocumentRow(String documentCode, UUID fileId, String fileName, Instant uploadedAt) {
	}

	@Table("application_question")
	record QuestionRow(UUID questionId, Stage stage, String text, @Nullable LocalDate dueOn, Instant askedAt,
			String askedBy, @Nullable String answer, @Nullable Instant answeredAt, @Nullable String answeredBy) {

		QuestionRow answered(String answer, String by, Instant now) {
			return new QuestionRow(this.questionId, this.stage, this.text, this.dueOn, this.askedAt, this.askedBy,
					answer, now, by);
		}

	}

	@Table("application_recommendation")
	record RecommendationRow(UUID memberId, String memberName, int round, Recommendation recommendation,
			@Nullable String reasons, Instant recordedAt) {
	}

	@Table("application_decision")
	record DecisionRow(UUID decisionId, Outcome outcome, int round, Instant recordedAt) {
	}

	@PersistenceCreator
	AccreditationApplication(UUID id, UUID organizationId, UUID processId, UUID callId, ApplicationStatus status,
			Set<AnswerRow> answers, Set<DocumentRow> documents, List<QuestionRow> questions,
			List<RecommendationRow> recommendations, List<DecisionRow> decisions, int round,
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
		AnswerRow existing = answerTo(criterion.key());
		replaceAnswer(new AnswerRow(criterion.key(), blankToNull(text), language,
				existing == null ? null : existing.evidenceFile(), existing == null ? null : existing.evidenceName()));
		this.updatedAt = now;
	}

	public void attachEvidence(Criterion criterion, UUID file, String fileName, Instant now) {
		requireEditable();
		AnswerRow existing = answerTo(criterion.key());
		replaceAnswer(new AnswerRow(criterion.key(), existing == null ? null : existing.text(),
				existing == null ? null : existing.language(), file, fileName));
		this.updatedAt = now;
	}

	public void attachDocument(RequiredDocument document, UUID file, String fileName, Instant now) {
		requireEditable();
		Set<DocumentRow> updated = new HashSet<>(this.documents);
		updated.removeIf(row -> row.documentCode().equals(document.code()));
		updated.add(new DocumentRow(document.code(), file, fileName, now));
		this.documents = updated;
		this.updatedAt = now;
	}

	/** What is still missing under the process: criterion keys and document codes. */
	public List<String> missing(ProcessView process) {
		List<String> missing = new ArrayList<>();
		for (Criterion criterion : process.content().criteria()) {
			AnswerRow answer = answerTo(criterion.key());
			if (answer == null || answer.text() == null || answer.language() == null
					|| criterion.evidenceRequired() && answer.evidenceFile() == null) {
				missing.add(criterion.key());
			}
		}
		for (RequiredDocument document : process.content().documents()) {
			if (this.documents.stream().noneMatch(row -> row.documentCode().equals(document.code()))) {
				missing.add(document.code());
			}
		}
		return missing;
	}

	public void submit(ProcessView process, Instant now) {
		require(ApplicationAction.SUBMIT);
		if (!missing(process).isEmpty()) {
			throw new RuleViolationException("application.rule.incomplete", String.join(", ", missing(process)));
		}
		move(ApplicationAction.SUBMIT, null, now);
		this.submittedAt = now;
	}

	public UUID ask(String text, @Nullable LocalDate dueOn, String askedBy, Instant now) {
		if (this.status != ApplicationStatus.SUBMITTED) {
			throw new RuleViolationException("application.rule.questions-while-screening");
		}
		UUID question = UUID.randomUUID();
		List<QuestionRow> updated = new ArrayList<>(this.questions);
		updated.add(new QuestionRow(question, Stage.SCREENING, text, dueOn, now, askedBy, null, null, null));
		this.questions = updated;
		this.updatedAt = now;
		return question;
	}

	/**
	 * The applicant answers a question. Answering the Committee's deferral sends the
	 * application back to review.
	 */
	public void answerQuestion(UUID question, String answer, String by, Instant now) {
		int index = indexOfQuestion(question);
		QuestionRow row = this.questions.get(index);
		if (row.answer() != null) {
			throw new RuleViolationException("application.rule.question-answered");
		}
		boolean deferral = row.stage() == Stage.DEFERRAL;
		if (deferral ? this.status != ApplicationStatus.DEFERRED : this.status != ApplicationStatus.SUBMITTED) {
			throw new RuleViolationException("application.rule.question-closed");
		}
		List<QuestionRow> updated = new ArrayList<>(this.questions);
		updated.set(index, row.answered(answer, by, now));
		this.questions = updated;
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
		if (!missing(process).isEmpty()) {
			throw new RuleViolationException("application.rule.incomplete", String.join(", ", missing(process)));
		}
		if (this.questions.stream().anyMatch(question -> question.answer() == null)) {
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
		if (recommendation != Recommendation.APPROVE && (reasons == null || reasons.isBlank())) {
			throw new RuleViolationException("application.rule.reasons-required");
		}
		List<RecommendationRow> updated = new ArrayList<>(this.recommendations);
		updated.removeIf(row -> row.memberId().equals(member) && row.round() == this.round);
		updated.add(new RecommendationRow(member, memberName, this.round, recommendation, blankToNull(reasons), now));
		this.recommendations = updated;
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
			.filter(question -> !(question.stage() == Stage.DEFERRAL && question.answer() == null))
			.toList());
		apply(outcome, decision, decisionText, now);
	}

	private void apply(Outcome outcome, UUID decision, String decisionText, Instant now) {
		List<DecisionRow> updated = new ArrayList<>(this.decisions);
		updated.add(new DecisionRow(decision, outcome, this.round, now));
		this.decisions = updated;
		this.status = ApplicationAction.DECISIONS.get(outcome).target();
		this.statusReason = outcome == Outcome.ACCREDIT ? null : decisionText;
		if (outcome == Outcome.DEFER) {
			List<QuestionRow> questions = new ArrayList<>(this.questions);
			questions.add(new QuestionRow(UUID.randomUUID(), Stage.DEFERRAL, decisionText, null, now,
					"Standing Committee", null, null, null));
			this.questions = questions;
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

	private @Nullable AnswerRow answerTo(String criterion) {
		return this.answers.stream().filter(row -> row.criterionKey().equals(criterion)).findFirst().orElse(null);
	}

	private void replaceAnswer(AnswerRow answer) {
		Set<AnswerRow> updated = new HashSet<>(this.answers);
		updated.removeIf(row -> row.criterionKey().equals(answer.criterionKey()));
		updated.add(answer);
		this.answers = updated;
	}

	private int indexOfQuestion(UUID question) {
		for (int index = 0; index < this.questions.size(); index++) {
			if (this.questions.get(index).questionId().equals(question)) {
				return index;
			}
		}
		throw new NotFoundException("question", question);
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
		return new ApplicationView(this.id, this.organizationId, this.processId, this.callId, this.status,
				this.answers.stream()
					.sorted(Comparator.comparing(AnswerRow::criterionKey))
					.map(row -> new ApplicationView.Answer(row.criterionKey(), row.text(), row.language(),
							row.evidenceFile(), row.evidenceName()))
					.toList(),
				this.documents.stream()
					.sorted(Comparator.comparing(DocumentRow::documentCode))
					.map(row -> new ApplicationView.Document(row.documentCode(), row.fileId(), row.fileName(),
							row.uploadedAt()))
					.toList(),
				this.questions.stream()
					.map(row -> new ApplicationView.Question(row.questionId(), row.stage(), row.text(), row.dueOn(),
							row.askedAt(), row.askedBy(), row.answer(), row.answeredAt(), row.answeredBy()))
					.toList(),
				this.recommendations.stream()
					.map(row -> new ApplicationView.RecommendationEntry(row.memberId(), row.memberName(), row.round(),
							row.recommendation(), row.reasons(), row.recordedAt()))
					.toList(),
				this.decisions.stream()
					.map(row -> new ApplicationView.DecisionEntry(row.decisionId(), row.outcome(), row.round(),
							row.recordedAt()))
					.toList(),
				this.round, this.statusReason, this.submittedAt, this.createdAt, this.updatedAt, version());
	}

	private static @Nullable String blankToNull(@Nullable String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

}
