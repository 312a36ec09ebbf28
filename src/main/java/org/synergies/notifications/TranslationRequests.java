package org.synergies.notifications;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.synergies.accounts.AccountFilter;
import org.synergies.accounts.AccountManagement;
import org.synergies.accounts.AccountStatus;
import org.synergies.accounts.AccountView;
import org.synergies.accounts.CurrentUser;
import org.synergies.accounts.Role;
import org.synergies.audit.AuditTrail;
import org.synergies.files.FileKind;
import org.synergies.files.FileOwner;
import org.synergies.files.StoredFile;
import org.synergies.files.StoredFiles;
import org.synergies.notifications.ContributionView.ContributionFile;
import org.synergies.notifications.internal.ContributionRecords;
import org.synergies.notifications.internal.NotificationRecords;
import org.synergies.notifications.internal.Translation;
import org.synergies.notifications.internal.Translation.Translator;
import org.synergies.notifications.internal.TranslationMails;
import org.synergies.notifications.internal.TranslationRecords;
import org.synergies.shared.FieldProblem;
import org.synergies.shared.InvalidInputException;
import org.synergies.shared.Language;
import org.synergies.shared.NotFoundException;

/**
 * The courtesy translations' workflow. The Secretariat requests a translation of a
 * contribution into an official language it is not written in, of a translator (an
 * account with the translator role, or an external address) by a due date, checks it,
 * reopens it when it fails the check, or says it is not needed; the translator starts it
 * and submits the translated text or file (the Secretariat may record it for them). Each
 * step is audited as {@value #AUDITED_AS}; the translator is written to when asked, the
 * Secretariat when a translation comes back. Who sees a translation: the Secretariat, the
 * translator it is assigned to, and the contribution's sender (once received).
 */
@Service
public class TranslationRequests {

	public static final String AUDITED_AS = "notification-translation";

	/** What a translated file may be. */
	public static final Set<FileKind> FILES = Set.of(FileKind.PDF, FileKind.DOCX);

	private static final String EMAIL = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+";

	private final TranslationRecords records;

	private final ContributionRecords contributions;

	private final NotificationRecords notifications;

	private final AccountManagement accounts;

	private final StoredFiles files;

	private final NotificationAccess access;

	private final TranslationMails mails;

	private final AuditTrail audit;

	private final Clock clock;

	TranslationRequests(TranslationRecords records, ContributionRecords contributions,
			NotificationRecords notifications, AccountManagement accounts, StoredFiles files, NotificationAccess access,
			TranslationMails mails, AuditTrail audit, Clock clock) {
		this.records = records;
		this.contributions = contributions;
		this.notifications = notifications;
		this.accounts = accounts;
		this.files = files;
		this.access = access;
		this.mails = mails;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * A step on the translation of the contribution into the language. Refused: into the
	 * contribution's own language, from a status the step does not follow (409), by
	 * someone else than the Secretariat or, to start and submit, the translator it is
	 * assigned to (403; 404 to a translator it is not assigned to); bad input is named
	 * field by field; on a version changed meanwhile, a conflict.
	 * @param file the translated file sent with a submission, or null
	 */
	@Transactional
	public CourtesyTranslation act(UUID notification, UUID contribution, Language language, TranslationStep step,
			@Nullable Upload file) {
		ContributionView original = this.contributions.find(contribution)
			.filter(found -> found.notification().equals(notification))
			.orElseThrow(() -> new NotFoundException(Contributions.AUDITED_AS, contribution));
		return act(original.id(), language, step, file);
	}

	/**
	 * As {@link #act(UUID, UUID, Language, TranslationStep, Upload)}, by contribution.
	 */
	@Transactional
	public CourtesyTranslation act(UUID contribution, Language language, TranslationStep step, @Nullable Upload file) {
		ContributionView original = this.contributions.find(contribution)
			.orElseThrow(() -> new NotFoundException(Contributions.AUDITED_AS, contribution));
		Optional<CourtesyTranslation> recorded = this.records.find(contribution, language);
		Instant now = now();
		allow(step.action(), recorded.map(Translation::of).orElse(null), original);
		if (recorded.map(CourtesyTranslation::version).orElse(0L) != step.version()) {
			// the reader saw another version: their step may no longer make sense
			throw new OptimisticLockingFailureException("translation changed since " + step.version());
		}
		Translation translation = recorded.map(Translation::of)
			.orElseGet(() -> Translation.undecided(original, language, now));
		CourtesyTranslation before = recorded.orElse(null);
		switch (step.action()) {
			case REQUEST -> translation.request(translator(step), dueOn(step), original.revision(), now);
			case START -> translation.start(now);
			case SUBMIT -> translation.submit(clean(step.text()), keep(translation, step, file), now);
			case CHECK -> translation.check(now);
			case REOPEN -> translation.reopen(original.revision(), now);
			case NOT_NEEDED -> translation.notNeeded(now);
		}
		CourtesyTranslation after = translation.toView();
		this.records.save(after, step.version(), CurrentUser.get().map(CurrentUser::id).orElse(null));
		CourtesyTranslation saved = this.records.find(after.id()).orElseThrow();
		this.audit.record(AUDITED_AS, saved.id(), step.action().code(), before, saved);
		NotificationView notification = this.notifications.find(original.notification()).orElseThrow();
		if (step.action() == TranslationAction.REQUEST) {
			this.mails.requested(saved, original, notification);
		}
		else if (step.action() == TranslationAction.SUBMIT && !this.access.isSecretariat()) {
			this.mails.submitted(saved, original, notification);
		}
		return saved;
	}

	/**
	 * The translations of a contribution the reader may see: every one for the
	 * Secretariat; for its sender, those received or checked, without the translator's
	 * address.
	 */
	@Transactional(readOnly = true)
	public List<CourtesyTranslation> of(UUID contribution) {
		ContributionView original = this.contributions.find(contribution)
			.orElseThrow(() -> new NotFoundException(Contributions.AUDITED_AS, contribution));
		if (this.access.isSecretariat()) {
			return this.records.ofContribution(contribution);
		}
		if (!this.access.canSee(original)) {
			throw new AccessDeniedException("Not the sender of " + contribution);
		}
		return this.records.ofContribution(contribution)
			.stream()
			.filter(translation -> translation.status().isAvailable())
			.map(TranslationRequests::forSender)
			.toList();
	}

	/**
	 * What the reader is to translate, soonest due first: for a translator, what is
	 * assigned to them (checked ones included, for the record); for the Secretariat,
	 * every translation requested, in progress or received.
	 */
	@Transactional(readOnly = true)
	public List<Assignment> assignments() {
		CurrentUser user = CurrentUser.require();
		List<CourtesyTranslation> found;
		if (user.isSecretariat()) {
			found = this.records.assignedTo(null);
		}
		else if (user.has(Role.TRANSLATOR)) {
			found = this.records.assignedTo(user.id());
		}
		else {
			throw new AccessDeniedException("Translators and the Secretariat only");
		}
		List<Assignment> assignments = new ArrayList<>();
		for (CourtesyTranslation translation : found) {
			ContributionView contribution = this.contributions.find(translation.contribution()).orElseThrow();
			NotificationView notification = this.notifications.find(contribution.notification()).orElseThrow();
			assignments.add(new Assignment(translation, contribution, notification));
		}
		return assignments;
	}

	/**
	 * One translation with its original, for the Secretariat and the translator it is
	 * assigned to (404 to another translator, 403 to anyone else).
	 */
	@Transactional(readOnly = true)
	public Assignment assignment(UUID id) {
		CourtesyTranslation translation = this.records.find(id)
			.orElseThrow(() -> new NotFoundException(AUDITED_AS, id));
		CurrentUser user = CurrentUser.require();
		if (!user.isSecretariat()) {
			if (!user.has(Role.TRANSLATOR)) {
				throw new AccessDeniedException("Translators and the Secretariat only");
			}
			if (!user.id().equals(translation.translatorAccount())
					|| translation.status() == TranslationStatus.NOT_NEEDED) {
				throw new NotFoundException(AUDITED_AS, id);
			}
		}
		ContributionView contribution = this.contributions.find(translation.contribution()).orElseThrow();
		return new Assignment(translation, contribution,
				this.notifications.find(contribution.notification()).orElseThrow());
	}

	/** The translated file, for whoever may see the translation. */
	@Transactional(readOnly = true)
	public Optional<StoredFile> file(UUID contribution, Language language) {
		return of(contribution).stream()
			.filter(translation -> translation.language() == language && translation.file() != null)
			.findFirst()
			.flatMap(translation -> this.files.findFor(translation.file().id(),
					new FileOwner(AUDITED_AS, translation.id())));
	}

	/** A file of the original contribution, for the translator it is assigned to. */
	@Transactional(readOnly = true)
	public Optional<StoredFile> originalFile(UUID translation, UUID file) {
		Assignment assignment = assignment(translation);
		return this.files.findFor(file, new FileOwner(Contributions.AUDITED_AS, assignment.contribution().id()));
	}

	@Transactional(readOnly = true)
	public byte[] content(StoredFile file) {
		return this.files.content(file.id());
	}

	/** The active accounts with the translator role, to choose from. */
	@Transactional(readOnly = true)
	public List<AccountView> translators() {
		return this.accounts.list(new AccountFilter(null, Role.TRANSLATOR, AccountStatus.ACTIVE), 0, 200).accounts();
	}

	/**
	 * A translation with the contribution it translates and the notification answered.
	 */
	public record Assignment(CourtesyTranslation translation, ContributionView contribution,
			NotificationView notification) {
	}

	private void allow(TranslationAction action, @Nullable Translation translation, ContributionView original) {
		if (this.access.isSecretariat()) {
			return;
		}
		CurrentUser user = CurrentUser.get().orElseThrow(() -> new AccessDeniedException("Sign in"));
		if (!user.has(Role.TRANSLATOR)) {
			throw new AccessDeniedException("Secretariat only");
		}
		if (translation == null || !translation.isAssignedTo(user.id())
				|| translation.status() == TranslationStatus.NOT_NEEDED) {
			throw new NotFoundException(AUDITED_AS, original.id());
		}
		if (action.isSecretariats()) {
			throw new AccessDeniedException("Secretariat only");
		}
	}

	private Translator translator(TranslationStep step) {
		List<FieldProblem> problems = new ArrayList<>();
		Translator translator = null;
		if (step.translatorAccount() != null) {
			AccountView account = this.accounts.find(step.translatorAccount())
				.filter(found -> found.has(Role.TRANSLATOR) && found.status() == AccountStatus.ACTIVE)
				.orElse(null);
			if (account == null) {
				problems
					.add(new FieldProblem("translatorAccount", "notifications.translations.problem.not-translator"));
			}
			else {
				translator = new Translator(account.id(), account.email(), account.displayName());
			}
		}
		else {
			String email = clean(step.translatorEmail());
			if (email == null || !email.matches(EMAIL) || email.length() > 320) {
				problems.add(new FieldProblem("translatorEmail", "notifications.translations.problem.translator"));
			}
			else {
				String name = clean(step.translatorName());
				translator = new Translator(null, email,
						name == null ? email : name.substring(0, Math.min(300, name.length())));
			}
		}
		dueOn(step, problems);
		if (!problems.isEmpty() || translator == null) {
			throw new InvalidInputException(problems);
		}
		return translator;
	}

	private LocalDate dueOn(TranslationStep step) {
		List<FieldProblem> problems = new ArrayList<>();
		LocalDate dueOn = dueOn(step, problems);
		if (dueOn == null) {
			throw new InvalidInputException(problems);
		}
		return dueOn;
	}

	private @Nullable LocalDate dueOn(TranslationStep step, List<FieldProblem> problems) {
		if (step.dueOn() == null) {
			problems.add(new FieldProblem("dueOn", "notifications.translations.problem.due-on"));
			return null;
		}
		if (step.dueOn().isBefore(LocalDate.now(this.clock))) {
			problems.add(new FieldProblem("dueOn", "notifications.translations.problem.due-past"));
			return null;
		}
		return step.dueOn();
	}

	private @Nullable ContributionFile keep(Translation translation, TranslationStep step, @Nullable Upload file) {
		if (file == null || file.isEmpty()) {
			if (clean(step.text()) == null) {
				throw new InvalidInputException(
						List.of(new FieldProblem("text", "notifications.translations.problem.empty")));
			}
			return null;
		}
		StoredFile kept = this.files.keep(file.fileName(), file.content(), FILES,
				new FileOwner(AUDITED_AS, translation.id()));
		return new ContributionFile(kept.id(), kept.name());
	}

	private static CourtesyTranslation forSender(CourtesyTranslation translation) {
		return new CourtesyTranslation(translation.id(), translation.contribution(), translation.language(),
				translation.status(), null, null, translation.translatorName(), translation.dueOn(), translation.text(),
				translation.file(), translation.ofRevision(), translation.updatedAt(), translation.version());
	}

	private static @Nullable String clean(@Nullable String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	private Instant now() {
		return Instant.now(this.clock).truncatedTo(ChronoUnit.MICROS);
	}

}
