package org.synergies.accreditation;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * What a version of the process says: its text, its criteria and documents, how long an
 * accreditation lasts and what reporting it obliges.
 *
 * @param validityYears how many years an accreditation granted under this version lasts
 * @param reportingFormat the version of the reporting format accredited NGOs report with
 * (the "model of report to the COP" of decision 13.AA a)), drafted and adopted with the
 * process
 * @param reportingIntervalMonths how often they report
 */
public record ProcessContent(@Nullable String textEn, @Nullable String textFr, @Nullable String textEs,
		@Nullable Integer validityYears, @Nullable UUID reportingFormat, @Nullable Integer reportingIntervalMonths,
		List<Criterion> criteria, List<RequiredDocument> documents) {

	public ProcessContent {
		criteria = List.copyOf(criteria);
		documents = List.copyOf(documents);
	}

}
