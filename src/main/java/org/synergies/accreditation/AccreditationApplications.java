package org.synergies.accreditation;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.synergies.accounts.CurrentUser;
import org.synergies.accreditation.internal.AccreditationApplication;
import org.synergies.accreditation.internal.AccreditationSteps;
import org.synergies.files.FileKind;
import org.synergies.files.FileOwner;
import org.synergies.files.StoredFile;
import org.synergies.files.StoredFiles;
import org.synergies.organizations.OrganizationKind;
import org.synergies.organizations.OrganizationManagement;
import org.synergies.organizations.OrganizationStatus;
import org.synergies.shared.NotFoundException;
import org.synergies.shared.RuleViolationException;

/**
 * The applicant's side: an NGO starts an application under the open call, answers each
 * criterion, uploads the required documents, saves drafts, submits, and answers the
 * questions put to it. Every application it returns is shaped for the current person
 * ({@link AccreditationAccess#shaped}): an applicant never receives the Standing
 * Committee's individual recommendations.
 */
@Service
public class AccreditationApplications {

	private final AccreditationSteps steps;

	private final CallsForApplications calls;

	private final OrganizationManagement organizations;

	private final StoredFiles files;

	private final AccreditationAccess access;

	private final Clock clock;

	AccreditationApplications(AccreditationSteps steps, CallsForApplications calls,
			OrganizationManagement organizations, StoredFiles files, AccreditationAccess access, Clock clock) {
		this.steps = steps;
		this.access = access;
		this.calls = calls;
		this.organizations = organizations;
		this.files = files;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public Optional<ApplicationView> find(UUID id) {
		return this.steps.applications().findById(id).map(AccreditationApplication::view).map(this.access::shaped);
	}

	/** The applications of these organizations, most recently changed first. */
	@Transactional(readOnly = true)
	public List<ApplicationView> of(Collection<UUID> organizations) {
		if (organizations.isEmpty()) {
			return List.of();
		}
		return this.steps.applications()
			.findByOrganizationIdInOrderByUpdatedAtDesc(organizations)
			.stream()
			.map(AccreditationApplication::view)
			.map(this.access::shaped)
			.toList();
	}

	/**
	 * Starts an application under the open call and the process in force; refused outside
	 * an open call, before any process is adopted, for an organization that is not an
	 * NGO, when the organization already has an application in progress under this
	 * version, or while it is accredited beyond the notice period (it may apply to renew
	 * from {@value AccreditationRegister#EXPIRY_NOTICE_DAYS} days before the end).
	 */
	@Transactional
	public ApplicationView start(UUID organization) {
		ProcessView process = this.steps.processInForce()
			.orElseThrow(() -> new RuleViolationException("application.rule.no-process"));
		CallView call = this.calls.openCall()
			.orElseThrow(() -> new RuleViolationException("application.rule.no-open-call"));
		var applicant = this.organizations.find(organization)
			.orElseThrow(() -> new NotFoundException("organization", organization));
		if (applicant.status() != OrganizationStatus.ACTIVE || (applicant.kind() != OrganizationKind.INTERNATIONAL_NGO
				&& applicant.kind() != OrganizationKind.NATIONAL_NGO)) {
			throw new RuleViolationException("application.rule.ngos-only");
		}
		boolean inProgress = this.steps.applications()
			.findByOrganizationIdAndProcessId(organization, process.id())
			.stream()
			.anyMatch(existing -> existing.status().isInProgress());
		if (inProgress) {
			throw new RuleViolationException("application.rule.already-open", process.number());
		}
		LocalDate today = LocalDate.now(this.clock);
		LocalDate renewalOpens = today.plusDays(AccreditationRegister.EXPIRY_NOTICE_DAYS);
		this.steps.accreditations()
			.findByOrganizationIdOrderByValidFromDesc(organization)
			.stream()
			.filter(entry -> entry.status() != AccreditationStatus.WITHDRAWN
					&& entry.validUntil().isAfter(renewalOpens))
			.findFirst()
			.ifPresent(entry -> {
				throw new RuleViolationException("application.rule.still-accredited", entry.validUntil(),
						entry.validUntil().minusDays(AccreditationRegister.EXPIRY_NOTICE_DAYS));
			});
		return this.access.shaped(this.steps.startApplication(organization, process.id(), call.id(), now()));
	}

	/** Saves the answers typed so far (a draft can be saved at any time). */
	@Transactional
	public ApplicationView saveAnswers(UUID id, long version, Map<String, AnswerInput> answers) {
		ProcessView process = processOf(id);
		return this.access.shaped(this.steps.changeApplication(id, version, "answers-saved", application -> {
			for (Criterion criterion : process.content().criteria()) {
				AnswerInput answer = answers.get(criterion.key());
				if (answer != null) {
					application.answer(criterion, answer.text(), answer.language(), now());
				}
			}
		}));
	}

	/** Uploads a required document (replacing an earlier upload of it). */
	@Transactional
	public ApplicationView uploadDocument(UUID id, String code, String fileName, byte[] content) {
		RequiredDocument document = processOf(id).content()
			.documents()
			.stream()
			.filter(candidate -> candidate.code().equals(code))
			.findFirst()
			.orElseThrow(() -> new NotFoundException("required-document", code));
		requireEditable(id);
		StoredFile file = this.files.keep(fileName, content, FileKind.DOCUMENTS, owner(id));
		return this.access.shaped(this.steps.changeApplication(id, null, "document-uploaded",
				application -> application.attachDocument(document, file.id(), file.name(), now())));
	}

	/** Uploads the evidence supporting the answer to a criterion. */
	@Transactional
	public ApplicationView uploadEvidence(UUID id, String criterionKey, String fileName, byte[] content) {
		Criterion criterion = processOf(id).content()
			.criteria()
			.stream()
			.filter(candidate -> candidate.key().equals(criterionKey))
			.findFirst()
			.orElseThrow(() -> new NotFoundException("criterion", criterionKey));
		requireEditable(id);
		StoredFile file = this.files.keep(fileName, content, FileKind.DOCUMENTS, owner(id));
		return this.access.shaped(this.steps.changeApplication(id, null, "evidence-uploaded",
				application -> application.attachEvidence(criterion, file.id(), file.name(), now())));
	}

	/** What is still missing: criterion keys and document codes. */
	@Transactional(readOnly = true)
	public List<String> missing(UUID id) {
		return this.steps.application(id).missing(processOf(id));
	}

	/**
	 * Submits a complete application before the call's deadline; the NGO gets a receipt.
	 */
	@Transactional
	public ApplicationView submit(UUID id) {
		ApplicationView current = this.steps.application(id).view();
		CallView call = this.calls.find(current.call()).orElseThrow();
		if (current.status() == ApplicationStatus.DRAFT && today().isAfter(call.closesOn())) {
			throw new RuleViolationException("application.rule.deadline-passed", call.closesOn());
		}
		ProcessView process = processOf(id);
		ApplicationView submitted = this.steps.changeApplication(id, null, "submitted",
				application -> application.submit(process, now()));
		return this.access.shaped(submitted);
	}

	@Transactional
	public ApplicationView answerQuestion(UUID id, UUID question, String answer) {
		if (answer == null || answer.isBlank()) {
			throw new RuleViolationException("application.rule.answer-required");
		}
		String by = CurrentUser.get().map(CurrentUser::actorName).orElse("applicant");
		return this.access.shaped(this.steps.changeApplication(id, null, "question-answered",
				application -> application.answerQuestion(question, answer.strip(), by, now())));
	}

	/**
	 * A file of the application, for those who may see the application: one uploaded to
	 * it (the server's link, see {@link StoredFiles#findFor}) and still one of its
	 * documents or evidence (a replaced upload is no longer served).
	 */
	@Transactional(readOnly = true)
	public Optional<StoredFile> file(UUID id, UUID file) {
		ApplicationView application = this.steps.application(id).view();
		boolean attached = application.documents().stream().anyMatch(document -> document.file().equals(file))
				|| application.answers().stream().anyMatch(answer -> file.equals(answer.evidence()));
		return attached ? this.files.findFor(file, owner(id)) : Optional.empty();
	}

	private static FileOwner owner(UUID application) {
		return new FileOwner(AccreditationSteps.APPLICATION, application);
	}

	/** The content of a file of the application (see {@link #file}). */
	@Transactional(readOnly = true)
	public byte[] content(UUID id, UUID file) {
		StoredFile stored = file(id, file).orElseThrow(() -> new NotFoundException("file", file));
		return this.files.content(stored.id());
	}

	private void requireEditable(UUID id) {
		if (!this.steps.application(id).status().isEditable()) {
			throw new RuleViolationException("application.rule.not-editable");
		}
	}

	private ProcessView processOf(UUID id) {
		return this.steps.process(this.steps.application(id).processId());
	}

	private LocalDate today() {
		return LocalDate.now(this.clock);
	}

	private Instant now() {
		return Instant.now(this.clock).truncatedTo(ChronoUnit.MICROS);
	}

}
