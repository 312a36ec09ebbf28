package org.synergies.accreditation.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;
import org.synergies.accreditation.Criterion;
import org.synergies.accreditation.NonReportingRule;
import org.synergies.accreditation.ProcessContent;
import org.synergies.accreditation.ProcessView;
import org.synergies.accreditation.RequiredDocument;
import org.synergies.shared.AdoptableVersion;
import org.synergies.shared.RuleViolationException;
import org.synergies.shared.VersionStatus;

/**
 * A version of the accreditation process, adopted by the Standing Committee like any
 * {@link AdoptableVersion}; it goes to the Committee only complete enough to apply under.
 */
@Table("accreditation_process")
public class AccreditationProcess extends AdoptableVersion {

	@Id
	private final UUID id;

	private final int number;

	private final @Nullable UUID workingGroup;

	private @Nullable String textEn;

	private @Nullable String textFr;

	private @Nullable String textEs;

	private @Nullable Integer validityYears;

	private final @Nullable String reportingTemplate;

	private @Nullable UUID reportingFormatId;

	private @Nullable Integer reportingIntervalMonths;

	@MappedCollection(idColumn = "process_id", keyColumn = "position")
	private List<CriterionRow> criteria;

	@MappedCollection(idColumn = "process_id", keyColumn = "position")
	private List<DocumentRow> documents;

	private final Instant createdAt;

	// Non-reporting (NonReportingRule): populated by field, outside the constructor
	private int warnAfterDays = NonReportingRule.DEFAULT.warnAfterDays();

	private int suspensionAfterDays = NonReportingRule.DEFAULT.suspensionAfterDays();

	// no initializer: Spring Data leaves a field alone when its column is NULL ("never")
	private @Nullable Integer withdrawalAfterMonths;

	@Version
	private @Nullable Long version;

	@Table("accreditation_criterion")
	record CriterionRow(String criterionKey, String textEn, @Nullable String textFr, @Nullable String textEs,
			boolean evidenceRequired) {
	}

	@Table("accreditation_required_document")
	record DocumentRow(String code, String nameEn, @Nullable String nameFr, @Nullable String nameEs) {
	}

	@PersistenceCreator
	AccreditationProcess(UUID id, int number, VersionStatus status, @Nullable UUID workingGroup,
			@Nullable String textEn, @Nullable String textFr, @Nullable String textEs, @Nullable Integer validityYears,
			@Nullable String reportingTemplate, @Nullable UUID reportingFormatId,
			@Nullable Integer reportingIntervalMonths, List<CriterionRow> criteria, List<DocumentRow> documents,
			@Nullable UUID adoptedBy, @Nullable LocalDate adoptedOn, @Nullable Instant submittedAt, Instant createdAt,
			Instant updatedAt, @Nullable Long version) {
		super(status, adoptedBy, adoptedOn, submittedAt, updatedAt);
		this.id = id;
		this.number = number;
		this.workingGroup = workingGroup;
		this.textEn = textEn;
		this.textFr = textFr;
		this.textEs = textEs;
		this.validityYears = validityYears;
		this.reportingTemplate = reportingTemplate;
		this.reportingFormatId = reportingFormatId;
		this.reportingIntervalMonths = reportingIntervalMonths;
		this.criteria = criteria;
		this.documents = documents;
		this.createdAt = createdAt;
		this.version = version;
	}

	/**
	 * A new draft, numbered after the latest version, starting from its content if any.
	 */
	public static AccreditationProcess draft(int number, @Nullable UUID workingGroup, ProcessContent content,
			Instant now) {
		AccreditationProcess process = new AccreditationProcess(UUID.randomUUID(), number, VersionStatus.DRAFT,
				workingGroup, null, null, null, null, null, null, null, new ArrayList<>(), new ArrayList<>(), null,
				null, null, now, now, null);
		process.write(content, now);
		return process;
	}

	public void write(ProcessContent content, Instant now) {
		changing(now);
		this.textEn = content.textEn();
		this.textFr = content.textFr();
		this.textEs = content.textEs();
		this.validityYears = content.validityYears();
		this.reportingFormatId = content.reportingFormat();
		this.reportingIntervalMonths = content.reportingIntervalMonths();
		List<CriterionRow> rows = new ArrayList<>();
		for (Criterion criterion : content.criteria()) {
			rows.add(new CriterionRow("C" + (rows.size() + 1), criterion.textEn(), criterion.textFr(),
					criterion.textEs(), criterion.evidenceRequired()));
		}
		this.criteria = rows;
		List<DocumentRow> documents = new ArrayList<>();
		for (RequiredDocument document : content.documents()) {
			documents.add(new DocumentRow("D" + (documents.size() + 1), document.nameEn(), document.nameFr(),
					document.nameEs()));
		}
		this.documents = documents;
	}

	/** What this version says happens when an accredited NGO misses a deadline. */
	public NonReportingRule nonReporting() {
		return new NonReportingRule(this.warnAfterDays, this.suspensionAfterDays, this.withdrawalAfterMonths);
	}

	/** Only a draft changes, like the rest of the version. */
	public void writeNonReporting(NonReportingRule rule, Instant now) {
		changing(now);
		this.warnAfterDays = rule.warnAfterDays();
		this.suspensionAfterDays = rule.suspensionAfterDays();
		this.withdrawalAfterMonths = rule.withdrawalAfterMonths();
	}

	/** The Committee gets a process complete enough to apply under. */
	@Override
	protected void checkComplete() {
		if (this.textEn == null || this.criteria.isEmpty() || this.validityYears == null || this.validityYears < 1) {
			throw new RuleViolationException("process.rule.incomplete");
		}
	}

	@Override
	protected String rules() {
		return "process";
	}

	@Override
	public UUID id() {
		return this.id;
	}

	@Override
	public int number() {
		return this.number;
	}

	@Override
	public long version() {
		return this.version == null ? 0 : this.version;
	}

	public ProcessView view() {
		ProcessContent content = new ProcessContent(this.textEn, this.textFr, this.textEs, this.validityYears,
				this.reportingFormatId, this.reportingIntervalMonths,
				this.criteria.stream()
					.map(row -> new Criterion(row.criterionKey(), row.textEn(), row.textFr(), row.textEs(),
							row.evidenceRequired()))
					.toList(),
				this.documents.stream()
					.map(row -> new RequiredDocument(row.code(), row.nameEn(), row.nameFr(), row.nameEs()))
					.toList());
		return new ProcessView(this.id, this.number, status(), this.workingGroup, content, adoptedBy(), adoptedOn(),
				submittedAt(), this.createdAt, updatedAt(), version(),
				this.reportingFormatId == null ? this.reportingTemplate : null);
	}

}
