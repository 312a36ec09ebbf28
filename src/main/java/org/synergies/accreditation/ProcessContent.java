package org.synergies.accreditation;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What a version of the process says: its text, its criteria and documents, how long an
 * accreditation lasts and what reporting it obliges.
 *
 * @param validityYears how many years an accreditation granted under this version lasts
 * @param reportingTemplate the reporting model accredited NGOs use (e.g. "Civil-society
 * reporting format")
 * @param reportingIntervalMonths how often they report
 */
public record ProcessContent(@Nullable String textEn, @Nullable String textFr, @Nullable String textEs,
		@Nullable Integer validityYears, @Nullable String reportingTemplate, @Nullable Integer reportingIntervalMonths,
		List<Criterion> criteria, List<RequiredDocument> documents) {

	public ProcessContent {
		criteria = List.copyOf(criteria);
		documents = List.copyOf(documents);
	}

}
