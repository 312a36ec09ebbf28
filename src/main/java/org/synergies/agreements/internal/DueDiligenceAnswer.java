package org.synergies.agreements.internal;

import org.jspecify.annotations.Nullable;
import org.springframework.data.relational.core.mapping.Table;

/** The answer to one item of the checklist, by the item's code, with a comment. */
@Table("due_diligence_answer")
public record DueDiligenceAnswer(String itemCode, DueDiligenceVerdict verdict, @Nullable String comment) {

	public DueDiligenceAnswer {
		comment = comment == null || comment.isBlank() ? null : comment.strip();
	}

}
