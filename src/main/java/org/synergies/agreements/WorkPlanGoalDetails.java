package org.synergies.agreements;

import org.jspecify.annotations.Nullable;

/**
 * What describes a goal of a work plan: its title, in English and optionally French and
 * Spanish.
 */
public record WorkPlanGoalDetails(@Nullable String titleEn, @Nullable String titleFr, @Nullable String titleEs) {

	public WorkPlanGoalDetails {
		titleEn = Texts.trimmed(titleEn);
		titleFr = Texts.trimmed(titleFr);
		titleEs = Texts.trimmed(titleEs);
	}

}
