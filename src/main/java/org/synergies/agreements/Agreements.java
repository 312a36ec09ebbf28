package org.synergies.agreements;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.synergies.agreements.internal.Agreement;
import org.synergies.agreements.internal.AgreementChecks;
import org.synergies.agreements.internal.AgreementRecords;
import org.synergies.agreements.internal.DueDiligenceGate;
import org.synergies.audit.AuditTrail;
import org.synergies.files.FileKind;
import org.synergies.files.FileOwner;
import org.synergies.files.StoredFile;
import org.synergies.files.StoredFiles;
import org.synergies.shared.FieldProblem;
import org.synergies.shared.InvalidInputException;
import org.synergies.shared.NotFoundException;

/**
 * The agreements: recorded, described, signed and brought into force by the Secretariat,
 * read by everyone once no longer under negotiation. Every change is audited; an edit
 * made on a version that changed since is refused.
 */
@Service
public class Agreements {

	public static final String AUDITED_AS = "agreement";

	private final AgreementRecords records;

	private final AgreementChecks checks;

	private final StoredFiles files;

	private final AuditTrail audit;

	private final AgreementAccess access;

	private final Clock clock;

	private final DueDiligenceGate dueDiligence;

	Agreements(AgreementRecords records, AgreementChecks checks, StoredFiles files, AuditTrail audit,
			AgreementAccess access, Clock clock, DueDiligenceGate dueDiligence) {
		this.dueDiligence = dueDiligence;
		this.records = records;
		this.checks = checks;
		this.files = files;
		this.audit = audit;
		this.access = access;
		this.clock = clock;
	}

	/** The agreements the reader may see that match the filters, by English title. */
	@Transactional(readOnly = true)
	public List<AgreementView> list(AgreementQuery query) {
		LocalDate today = today();
		return this.records.findAllByOrderByTitleEn()
			.stream()
			.map(agreement -> agreement.view(today))
			.filter(this.access::canSee)
			.filter(query::matches)
			.sorted(Comparator.comparing(AgreementView::titleEn, String.CASE_INSENSITIVE_ORDER))
			.toList();
	}

	/** The agreement, when the reader may see it. */
	@Transactional(readOnly = true)
	public Optional<AgreementView> find(UUID id) {
		return this.records.findById(id).map(agreement -> agreement.view(today())).filter(this.access::canSee);
	}

	@Transactional(readOnly = true)
	public AgreementView require(UUID id) {
		return find(id).orElseThrow(() -> new NotFoundException(AUDITED_AS, id));
	}

	/** The problems these details would have, without saving anything. */
	@Transactional(readOnly = true)
	public List<FieldProblem> check(AgreementDetails details) {
		return this.checks.check(details, Set.of());
	}

	/** Records an agreement under negotiation. */
	@Transactional
	public AgreementView negotiate(AgreementDetails details) {
		requireNone(this.checks.check(details, Set.of()));
		Agreement agreement = Agreement.negotiate(details, now());
		return saved(agreement, "created", null);
	}

	/** Replaces its description; refused if it changed since {@code version}. */
	@Transactional
	public AgreementView update(UUID id, long version, AgreementDetails details) {
		Agreement agreement = load(id);
		if (agreement.version() != version) {
			throw new OptimisticLockingFailureException("agreement " + id + " is at " + agreement.version());
		}
		AgreementView before = agreement.view(today());
		requireNone(this.checks.check(details, Set.copyOf(before.partners())));
		if (before.status() != AgreementStatus.UNDER_NEGOTIATION
				&& !Objects.equals(before.validUntil(), details.validUntil())) {
			// once signed, its end moves only by a decision (AgreementActions)
			throw new InvalidInputException(
					List.of(new FieldProblem("validUntil", "agreement.rule.validity-by-decision")));
		}
		agreement.describe(details, now());
		return saved(agreement, "updated", before);
	}

	/**
	 * Records the signature; with a private-sector partner, only once its due-diligence
	 * review is approved.
	 */
	@Transactional
	public AgreementView sign(UUID id, AgreementSignature signature) {
		Agreement agreement = load(id);
		AgreementView before = agreement.view(today());
		requireNone(this.checks.check(signature));
		agreement.sign(signature.signedOn(), signature.place(), signature.meeting(), today(), now());
		this.dueDiligence.requireCleared(id, before.partners());
		return saved(agreement, "signed", before);
	}

	@Transactional
	public AgreementView enterIntoForce(UUID id, @Nullable LocalDate from) {
		Agreement agreement = load(id);
		AgreementView before = agreement.view(today());
		agreement.enterIntoForce(from, now());
		return saved(agreement, "entered-into-force", before);
	}

	/**
	 * Keeps the signed document (PDF, DOCX, ODT or a scan) and links it to the agreement.
	 */
	@Transactional
	public AgreementView attachDocument(UUID id, String fileName, byte[] content) {
		Agreement agreement = load(id);
		AgreementView before = agreement.view(today());
		StoredFile file = this.files.keep(fileName, content, FileKind.DOCUMENTS, owner(id));
		agreement.attachDocument(file.id(), file.name(), now());
		return saved(agreement, "document-attached", before);
	}

	/** The agreement's signed document, when the reader may see the agreement. */
	@Transactional(readOnly = true)
	public Optional<StoredFile> document(UUID id, UUID file) {
		return find(id).filter(agreement -> file.equals(agreement.documentFile()))
			.flatMap(agreement -> this.files.findFor(file, owner(id)));
	}

	@Transactional(readOnly = true)
	public byte[] content(UUID id, UUID file) {
		return document(id, file).map(found -> this.files.content(found.id()))
			.orElseThrow(() -> new NotFoundException("file", file));
	}

	private Agreement load(UUID id) {
		return this.records.findById(id).orElseThrow(() -> new NotFoundException(AUDITED_AS, id));
	}

	private AgreementView saved(Agreement agreement, String action, @Nullable AgreementView before) {
		Agreement saved = this.records.save(agreement);
		AgreementView after = saved.view(today());
		this.audit.record(AUDITED_AS, after.id(), action, before, after);
		return after;
	}

	private static FileOwner owner(UUID id) {
		return new FileOwner(AUDITED_AS, id);
	}

	private static void requireNone(List<FieldProblem> problems) {
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
	}

	private LocalDate today() {
		return LocalDate.now(this.clock);
	}

	private Instant now() {
		return Instant.now(this.clock).truncatedTo(ChronoUnit.MICROS);
	}

}
