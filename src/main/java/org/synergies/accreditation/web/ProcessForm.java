package org.synergies.accreditation.web;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.synergies.accreditation.Criterion;
import org.synergies.accreditation.ProcessContent;
import org.synergies.accreditation.RequiredDocument;

/**
 * A draft of the process as the form sends it: rows left empty are ignored, so the form
 * offers a few blank rows to add criteria and documents without JavaScript.
 */
record ProcessForm(@Nullable String textEn, @Nullable String textFr, @Nullable String textEs,
		@Nullable Integer validityYears, @Nullable UUID reportingFormat, @Nullable Integer reportingIntervalMonths,
		@Nullable List<CriterionRow> criteria, @Nullable List<DocumentRow> documents, @Nullable Long version) {

	static final int BLANK_ROWS = 3;

	record CriterionRow(@Nullable String textEn, @Nullable String textFr, @Nullable String textEs,
			@Nullable Boolean evidenceRequired) {

		boolean isBlank() {
			return blank(this.textEn) && blank(this.textFr) && blank(this.textEs);
		}

	}

	record DocumentRow(@Nullable String nameEn, @Nullable String nameFr, @Nullable String nameEs) {

		boolean isBlank() {
			return blank(this.nameEn) && blank(this.nameFr) && blank(this.nameEs);
		}

	}

	static ProcessForm of(ProcessContent content, long version) {
		List<CriterionRow> criteria = new ArrayList<>(content.criteria()
			.stream()
			.map(criterion -> new CriterionRow(criterion.textEn(), criterion.textFr(), criterion.textEs(),
					criterion.evidenceRequired()))
			.toList());
		List<DocumentRow> documents = new ArrayList<>(content.documents()
			.stream()
			.map(document -> new DocumentRow(document.nameEn(), document.nameFr(), document.nameEs()))
			.toList());
		return new ProcessForm(content.textEn(), content.textFr(), content.textEs(), content.validityYears(),
				content.reportingFormat(), content.reportingIntervalMonths(), criteria, documents, version)
			.withBlankRows();
	}

	ProcessForm withBlankRows() {
		List<CriterionRow> criteria = new ArrayList<>(filledCriteria());
		List<DocumentRow> documents = new ArrayList<>(filledDocuments());
		for (int row = 0; row < BLANK_ROWS; row++) {
			criteria.add(new CriterionRow(null, null, null, false));
			documents.add(new DocumentRow(null, null, null));
		}
		return new ProcessForm(this.textEn, this.textFr, this.textEs, this.validityYears, this.reportingFormat,
				this.reportingIntervalMonths, criteria, documents, this.version);
	}

	ProcessContent content() {
		return new ProcessContent(trimmed(this.textEn), trimmed(this.textFr), trimmed(this.textEs), this.validityYears,
				this.reportingFormat, this.reportingIntervalMonths,
				filledCriteria().stream()
					.map(row -> new Criterion("", text(row.textEn()), trimmed(row.textFr()), trimmed(row.textEs()),
							Boolean.TRUE.equals(row.evidenceRequired())))
					.toList(),
				filledDocuments().stream()
					.map(row -> new RequiredDocument("", text(row.nameEn()), trimmed(row.nameFr()),
							trimmed(row.nameEs())))
					.toList());
	}

	private List<CriterionRow> filledCriteria() {
		return this.criteria == null ? List.of() : this.criteria.stream().filter(row -> !row.isBlank()).toList();
	}

	private List<DocumentRow> filledDocuments() {
		return this.documents == null ? List.of() : this.documents.stream().filter(row -> !row.isBlank()).toList();
	}

	private static boolean blank(@Nullable String value) {
		return value == null || value.isBlank();
	}

	private static String text(@Nullable String value) {
		return value == null ? "" : value.strip();
	}

	private static @Nullable String trimmed(@Nullable String value) {
		return blank(value) ? null : value.strip();
	}

}
