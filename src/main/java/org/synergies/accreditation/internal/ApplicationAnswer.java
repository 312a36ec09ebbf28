package org.synergies.accreditation.internal;

import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.data.relational.core.mapping.Table;
import org.synergies.accreditation.ApplicationView;
import org.synergies.accreditation.Criterion;
import org.synergies.shared.Language;

/** The applicant's answer to one criterion, with the evidence attached to it. */
@Table("application_answer")
record ApplicationAnswer(String criterionKey, @Nullable String text, @Nullable Language language,
		@Nullable UUID evidenceFile, @Nullable String evidenceName) {

	static ApplicationAnswer unanswered(Criterion criterion) {
		return new ApplicationAnswer(criterion.key(), null, null, null, null);
	}

	/** A blank text is no answer. */
	ApplicationAnswer withText(@Nullable String text, @Nullable Language language) {
		return new ApplicationAnswer(this.criterionKey, text == null || text.isBlank() ? null : text.strip(), language,
				this.evidenceFile, this.evidenceName);
	}

	ApplicationAnswer withEvidence(UUID file, String fileName) {
		return new ApplicationAnswer(this.criterionKey, this.text, this.language, file, fileName);
	}

	/** Answered in a language, with evidence where the criterion requires it. */
	boolean completes(Criterion criterion) {
		return this.text != null && this.language != null
				&& !(criterion.evidenceRequired() && this.evidenceFile == null);
	}

	ApplicationView.Answer view() {
		return new ApplicationView.Answer(this.criterionKey, this.text, this.language, this.evidenceFile,
				this.evidenceName);
	}

}
