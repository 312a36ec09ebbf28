package org.synergies.accreditation.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.synergies.accreditation.ApplicationAction.Outcome;
import org.synergies.accreditation.ApplicationStatus;
import org.synergies.accreditation.ApplicationView;
import org.synergies.accreditation.Recommendation;
import org.synergies.shared.Language;

/**
 * An application for accreditation through the API, with everything recorded on it
 * ({@code recommendations} only for the Secretariat and the Committee).
 */
record ApplicationResponse(UUID id, UUID organization, UUID process, UUID call, ApplicationStatus status,
		List<ApplicationAnswerResponse> answers, List<ApplicationDocumentResponse> documents,
		List<ApplicationQuestionResponse> questions, List<ApplicationRecommendationResponse> recommendations,
		List<ApplicationDecisionResponse> decisions, int round, @Nullable String statusReason,
		@Nullable Instant submittedAt, Instant createdAt, Instant updatedAt, long version) {

	static ApplicationResponse of(ApplicationView view) {
		return new ApplicationResponse(view.id(), view.organization(), view.process(), view.call(), view.status(),
				view.answers().stream().map(ApplicationAnswerResponse::of).toList(),
				view.documents().stream().map(ApplicationDocumentResponse::of).toList(),
				view.questions().stream().map(ApplicationQuestionResponse::of).toList(),
				view.recommendations().stream().map(ApplicationRecommendationResponse::of).toList(),
				view.decisions().stream().map(ApplicationDecisionResponse::of).toList(), view.round(),
				view.statusReason(), view.submittedAt(), view.createdAt(), view.updatedAt(), view.version());
	}

	record ApplicationAnswerResponse(String criterion, @Nullable String text, @Nullable Language language,
			@Nullable UUID evidence, @Nullable String evidenceName) {

		static ApplicationAnswerResponse of(ApplicationView.Answer answer) {
			return new ApplicationAnswerResponse(answer.criterion(), answer.text(), answer.language(),
					answer.evidence(), answer.evidenceName());
		}

	}

	record ApplicationDocumentResponse(String code, UUID file, String fileName, Instant uploadedAt) {

		static ApplicationDocumentResponse of(ApplicationView.Document document) {
			return new ApplicationDocumentResponse(document.code(), document.file(), document.fileName(),
					document.uploadedAt());
		}

	}

	/** A question on the record; {@code open} until it is answered. */
	record ApplicationQuestionResponse(UUID id, ApplicationView.Question.Stage stage, String text,
			@Nullable LocalDate dueOn, Instant askedAt, String askedBy, @Nullable String answer,
			@Nullable Instant answeredAt, @Nullable String answeredBy, boolean open) {

		static ApplicationQuestionResponse of(ApplicationView.Question question) {
			return new ApplicationQuestionResponse(question.id(), question.stage(), question.text(), question.dueOn(),
					question.askedAt(), question.askedBy(), question.answer(), question.answeredAt(),
					question.answeredBy(), question.isOpen());
		}

	}

	record ApplicationRecommendationResponse(UUID member, String memberName, int round, Recommendation recommendation,
			@Nullable String reasons, Instant recordedAt) {

		static ApplicationRecommendationResponse of(ApplicationView.RecommendationEntry entry) {
			return new ApplicationRecommendationResponse(entry.member(), entry.memberName(), entry.round(),
					entry.recommendation(), entry.reasons(), entry.recordedAt());
		}

	}

	record ApplicationDecisionResponse(UUID decision, Outcome outcome, int round, Instant recordedAt) {

		static ApplicationDecisionResponse of(ApplicationView.DecisionEntry entry) {
			return new ApplicationDecisionResponse(entry.decision(), entry.outcome(), entry.round(),
					entry.recordedAt());
		}

	}

}
