package org.synergies.accreditation.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.data.relational.core.mapping.Table;
import org.synergies.accreditation.ApplicationView;
import org.synergies.accreditation.Recommendation;
import org.synergies.shared.RuleViolationException;

/** A Committee member's recommendation on the application in one round of review. */
@Table("application_recommendation")
record ApplicationRecommendation(UUID memberId, String memberName, int round, Recommendation recommendation,
		@Nullable String reasons, Instant recordedAt) {

	/** A recommendation other than approval must say why. */
	static ApplicationRecommendation of(UUID member, String memberName, int round, Recommendation recommendation,
			@Nullable String reasons, Instant now) {
		if (reasons == null || reasons.isBlank()) {
			if (recommendation != Recommendation.APPROVE) {
				throw new RuleViolationException("application.rule.reasons-required");
			}
			reasons = null;
		}
		return new ApplicationRecommendation(member, memberName, round, recommendation,
				reasons == null ? null : reasons.strip(), now);
	}

	/**
	 * The recommendations with this one in place of the member's earlier one in its
	 * round.
	 */
	List<ApplicationRecommendation> recordedIn(List<ApplicationRecommendation> recommendations) {
		List<ApplicationRecommendation> updated = new ArrayList<>(recommendations);
		updated.removeIf(row -> row.memberId().equals(this.memberId) && row.round() == this.round);
		updated.add(this);
		return updated;
	}

	ApplicationView.RecommendationEntry view() {
		return new ApplicationView.RecommendationEntry(this.memberId, this.memberName, this.round, this.recommendation,
				this.reasons, this.recordedAt);
	}

}
