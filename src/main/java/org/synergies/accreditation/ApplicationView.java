package org.synergies.accreditation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.synergies.shared.Language;

/**
 * An application for accreditation with everything recorded on it.
 *
 * @param recommendations each Committee member's recommendation: only the Secretariat and
 * the Committee see them (see {@link #withoutDeliberations()})
 * @param round how many times it has been forwarded to the Standing Committee
 * @param statusReason why it was returned, closed or rejected
 */
public record ApplicationView(UUID id, UUID organization, UUID process, UUID call, ApplicationStatus status,
		List<Answer> answers, List<Document> documents, List<Question> questions,
		List<RecommendationEntry> recommendations, List<DecisionEntry> decisions, int round,
		@Nullable String statusReason, @Nullable Instant submittedAt, Instant createdAt, Instant updatedAt,
		long version) {

	public record Answer(String criterion, @Nullable String text, @Nullable Language language, @Nullable UUID evidence,
			@Nullable String evidenceName) {
	}

	public record Document(String code, UUID file, String fileName, Instant uploadedAt) {
	}

	/** A question on the record: asked at screening, or the Committee's deferral. */
	public record Question(UUID id, Stage stage, String text, @Nullable LocalDate dueOn, Instant askedAt,
			String askedBy, @Nullable String answer, @Nullable Instant answeredAt, @Nullable String answeredBy) {

		public enum Stage {

			SCREENING, DEFERRAL

		}

		public boolean isOpen() {
			return this.answer == null;
		}

	}

	public record RecommendationEntry(UUID member, String memberName, int round, Recommendation recommendation,
			@Nullable String reasons, Instant recordedAt) {
	}

	public record DecisionEntry(UUID decision, ApplicationAction.Outcome outcome, int round, Instant recordedAt) {
	}

	/**
	 * The application as its applicant sees it: everything recorded on it but the
	 * Standing Committee's deliberations — which member recommended what, or abstained.
	 * The decisions stay.
	 */
	public ApplicationView withoutDeliberations() {
		return new ApplicationView(this.id, this.organization, this.process, this.call, this.status, this.answers,
				this.documents, this.questions, List.of(), this.decisions, this.round, this.statusReason,
				this.submittedAt, this.createdAt, this.updatedAt, this.version);
	}

	public Optional<Answer> answer(String criterion) {
		return this.answers.stream().filter(answer -> answer.criterion().equals(criterion)).findFirst();
	}

	public Optional<Document> document(String code) {
		return this.documents.stream().filter(document -> document.code().equals(code)).findFirst();
	}

	public List<Question> openQuestions() {
		return this.questions.stream().filter(Question::isOpen).toList();
	}

	/** The recommendations of the current review round. */
	public List<RecommendationEntry> currentRecommendations() {
		return this.recommendations.stream().filter(entry -> entry.round() == this.round).toList();
	}

	public Optional<DecisionEntry> lastDecision() {
		return this.decisions.isEmpty() ? Optional.empty() : Optional.of(this.decisions.get(this.decisions.size() - 1));
	}

}
