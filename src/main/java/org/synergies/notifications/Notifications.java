package org.synergies.notifications;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.synergies.accounts.CurrentUser;
import org.synergies.audit.AuditTrail;
import org.synergies.files.FileKind;
import org.synergies.files.FileOwner;
import org.synergies.files.StoredFile;
import org.synergies.files.StoredFiles;
import org.synergies.mandates.MandateView;
import org.synergies.mandates.Mandates;
import org.synergies.mandates.ParagraphNumber;
import org.synergies.notifications.internal.AddresseeResolver;
import org.synergies.notifications.internal.NotificationRecords;
import org.synergies.reference.Instrument;
import org.synergies.reference.ReferenceData;
import org.synergies.shared.FieldProblem;
import org.synergies.shared.InvalidInputException;
import org.synergies.shared.Language;
import org.synergies.shared.NotFoundException;
import org.synergies.shared.RuleViolationException;

/**
 * Notifications: the Secretariat drafts one, then issues it once, which gives it the next
 * number of its secretariat in the year of its date, resolves its categories into the
 * countries and organizations it is addressed to and publishes it;
 * {@link NotificationIssued} then has it sent to each (after the commit). Every change is
 * audited; an edit made on a version that changed since is refused.
 */
@Service
public class Notifications {

	public static final String AUDITED_AS = "notification";

	/** What a notification's text may be uploaded as, per language. */
	public static final Set<FileKind> TEXT_FILES = Set.of(FileKind.PDF, FileKind.DOCX);

	private static final Pattern SLUG = Pattern.compile("(?:([a-z]+)-)?(\\d{4})-(\\d{3,})");

	private static final Pattern PARAGRAPH = Pattern.compile("([^/\\s]+)(?:/(rev-[^/\\s]+))?/((?:para|preamble)-\\S+)");

	private final NotificationRecords records;

	private final AddresseeResolver resolver;

	private final ReferenceData reference;

	private final Mandates mandates;

	private final StoredFiles files;

	private final NotificationAccess access;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Notifications(NotificationRecords records, AddresseeResolver resolver, ReferenceData reference, Mandates mandates,
			StoredFiles files, NotificationAccess access, AuditTrail audit, ApplicationEventPublisher events,
			Clock clock) {
		this.records = records;
		this.resolver = resolver;
		this.reference = reference;
		this.mandates = mandates;
		this.files = files;
		this.access = access;
		this.audit = audit;
		this.clock = clock;
		this.events = events;
	}

	/** Issued notifications, newest first, and the drafts for the Secretariat. */
	@Transactional(readOnly = true)
	public List<NotificationView> list() {
		return this.records.list(this.access.isSecretariat());
	}

	/** Issued notifications only, newest first: what the public reads. */
	@Transactional(readOnly = true)
	public List<NotificationView> published() {
		return this.records.list(false);
	}

	/**
	 * The notification at an address: its slug ({@code 2018-008}, {@code aewa-2018-008})
	 * or its id; a draft for the Secretariat only.
	 */
	@Transactional(readOnly = true)
	public NotificationView require(String ref) {
		Optional<NotificationView> found;
		Matcher slug = SLUG.matcher(ref.toLowerCase(Locale.ROOT));
		if (slug.matches()) {
			String instrument = slug.group(1) == null ? "CMS" : slug.group(1).toUpperCase(Locale.ROOT);
			found = this.records.findByNumber(instrument, Integer.parseInt(slug.group(2)),
					Integer.parseInt(slug.group(3)));
		}
		else {
			try {
				found = this.records.find(UUID.fromString(ref));
			}
			catch (IllegalArgumentException notAnId) {
				found = Optional.empty();
			}
		}
		return found.filter(this.access::canSee).orElseThrow(() -> new NotFoundException(AUDITED_AS, ref));
	}

	@Transactional(readOnly = true)
	public NotificationView require(UUID id) {
		return this.records.find(id)
			.filter(this.access::canSee)
			.orElseThrow(() -> new NotFoundException(AUDITED_AS, id));
	}

	/** The problems these details would have, without saving anything. */
	@Transactional(readOnly = true)
	public List<FieldProblem> check(NotificationDetails details) {
		List<FieldProblem> problems = new ArrayList<>();
		checked(details, problems);
		return problems;
	}

	/**
	 * The Secretariat drafts a notification, with its text uploaded in any language (a
	 * PDF or DOCX, kept by {@code files}) besides or instead of the typed one.
	 */
	@Transactional
	public NotificationView draft(NotificationDetails details, Map<Language, Upload> uploads) {
		requireSecretariat();
		List<FieldProblem> problems = new ArrayList<>();
		List<Addressee> named = checked(details, problems);
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		UUID id = UUID.randomUUID();
		Map<Language, UUID> kept = keep(id, uploads, Map.of());
		NotificationView draft = view(id, details, named, kept, 0);
		this.records.insert(draft, CurrentUser.get().map(CurrentUser::id).orElse(null), now());
		NotificationView saved = this.records.find(id).orElseThrow();
		this.audit.record(AUDITED_AS, id, "drafted", null, saved);
		return saved;
	}

	/** The Secretariat edits a draft; refused once issued or if it changed since. */
	@Transactional
	public NotificationView update(UUID id, long version, NotificationDetails details, Map<Language, Upload> uploads) {
		requireSecretariat();
		NotificationView before = require(id);
		if (before.isIssued()) {
			throw new RuleViolationException("notification.rule.already-issued", before.number());
		}
		List<FieldProblem> problems = new ArrayList<>();
		List<Addressee> named = checked(details, problems);
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		Map<Language, UUID> existing = new EnumMap<>(Language.class);
		for (Language language : Language.values()) {
			if (before.file(language) != null) {
				existing.put(language, before.file(language));
			}
		}
		Map<Language, UUID> kept = keep(id, uploads, existing);
		this.records.update(view(id, details, named, kept, version), version, now());
		NotificationView after = this.records.find(id).orElseThrow();
		this.audit.record(AUDITED_AS, id, "updated", before, after);
		return after;
	}

	/**
	 * Issues a draft: numbers it, resolves its addressees, publishes it and has it sent.
	 * Refused when it was issued already (naming its number), when a language lacks its
	 * title or text, or when it is addressed to nobody.
	 */
	@Transactional
	public NotificationView issue(UUID id, long version) {
		return issue(id, version, null);
	}

	/**
	 * As {@link #issue(UUID, long)}, under a number given by the Secretariat for a
	 * notification it already issued outside Synergies ({@code 8} for {@code 2018/008});
	 * refused when the number is taken.
	 */
	@Transactional
	public NotificationView issue(UUID id, long version, @Nullable Integer given) {
		requireSecretariat();
		NotificationView draft = require(id);
		if (draft.isIssued()) {
			throw new RuleViolationException("notification.rule.already-issued", draft.number());
		}
		List<String> missing = new ArrayList<>();
		for (Language language : Language.values()) {
			String title = language.pick(draft.titleEn(), draft.titleFr(), draft.titleEs());
			String text = draft.text(language);
			if (title == null || ((text == null || text.isBlank()) && draft.file(language) == null)) {
				missing.add(language.nativeName());
			}
		}
		if (!missing.isEmpty()) {
			throw new RuleViolationException("notification.rule.untranslated", String.join(", ", missing));
		}
		if (draft.deadline() != null && draft.deadline().isBefore(draft.dated())) {
			throw new RuleViolationException("notification.problem.deadline-before-date");
		}
		Map<Addressee, String> addressees = this.resolver.resolve(draft.instrument(), draft.categories(),
				draft.named());
		if (addressees.isEmpty()) {
			throw new RuleViolationException("notification.rule.no-addressee");
		}
		int year = draft.dated().getYear();
		int sequence = given == null ? this.records.nextNumber(draft.instrument(), year) : given;
		if (sequence < 1 || this.records.findByNumber(draft.instrument(), year, sequence).isPresent()) {
			throw new RuleViolationException("notification.rule.number-taken",
					NotificationRecords.number(year, Math.max(sequence, 0)));
		}
		this.records.issue(id, version, year, sequence, now());
		addressees.forEach((addressee, via) -> this.records.addAddressee(id, addressee, via));
		NotificationView issued = this.records.find(id).orElseThrow();
		this.audit.record(AUDITED_AS, id, "issued", draft,
				Map.of("number", String.valueOf(issued.number()), "addressees", addressees.size()));
		this.events.publishEvent(new NotificationIssued(id, String.valueOf(issued.number())));
		return issued;
	}

	/** The countries and organizations an issued notification was addressed to. */
	@Transactional(readOnly = true)
	public List<Addressee> addressees(UUID id) {
		require(id);
		return this.records.addressees(id).stream().map(NotificationRecords.AddresseeRow::addressee).toList();
	}

	/** The uploaded text of a notification in a language, as the reader may see it. */
	@Transactional(readOnly = true)
	public Optional<StoredFile> file(String ref, Language language) {
		NotificationView notification = require(ref);
		UUID file = notification.file(language);
		return file == null ? Optional.empty() : this.files.findFor(file, new FileOwner(AUDITED_AS, notification.id()));
	}

	@Transactional(readOnly = true)
	public byte[] content(StoredFile file) {
		return this.files.content(file.id());
	}

	/**
	 * The instruments whose secretariat may issue notifications, in the family's order.
	 */
	public List<Instrument> instruments() {
		return this.reference.instruments();
	}

	private Map<Language, UUID> keep(UUID id, Map<Language, Upload> uploads, Map<Language, UUID> existing) {
		Map<Language, UUID> kept = new EnumMap<>(Language.class);
		kept.putAll(existing);
		for (Map.Entry<Language, Upload> upload : uploads.entrySet()) {
			if (!upload.getValue().isEmpty()) {
				StoredFile file = this.files.keep(upload.getValue().fileName(), upload.getValue().content(), TEXT_FILES,
						new FileOwner(AUDITED_AS, id));
				kept.put(upload.getKey(), file.id());
			}
		}
		return kept;
	}

	private List<Addressee> checked(NotificationDetails details, List<FieldProblem> problems) {
		if (details.instrument() == null
				|| this.reference.instruments().stream().noneMatch(i -> i.code().equals(details.instrument()))) {
			problems.add(new FieldProblem("instrument", "notification.problem.instrument"));
		}
		if (details.dated() == null) {
			problems.add(new FieldProblem("dated", "notification.problem.date"));
		}
		else if (details.deadline() != null && details.deadline().isBefore(details.dated())) {
			problems.add(new FieldProblem("deadline", "notification.problem.deadline-before-date"));
		}
		if (blank(details.titleEn()) && blank(details.titleFr()) && blank(details.titleEs())) {
			problems.add(new FieldProblem("titleEn", "notification.problem.title"));
		}
		for (String paragraph : details.mandateParagraphs()) {
			if (!paragraph.isBlank() && !paragraphExists(paragraph.strip())) {
				problems
					.add(new FieldProblem("mandateParagraphs", "notification.problem.paragraph", paragraph.strip()));
			}
		}
		List<Addressee> named = new ArrayList<>(this.resolver.countries(details.countries(), "countries", problems));
		named.addAll(this.resolver.organizations(details.organizations(), "organizations", problems));
		return named;
	}

	/** Whether the address ({@code 11.10/para-6}) names a paragraph of a mandate. */
	private boolean paragraphExists(String address) {
		Matcher matcher = PARAGRAPH.matcher(address);
		if (!matcher.matches()) {
			return false;
		}
		MandateView mandate;
		try {
			mandate = this.mandates.at(matcher.group(1), matcher.group(2));
		}
		catch (NotFoundException unknown) {
			return false;
		}
		String anchor = matcher.group(3).toLowerCase(Locale.ROOT);
		return mandate.paragraphs()
			.stream()
			.anyMatch(paragraph -> ParagraphNumber.parse(paragraph.number())
				.map(number -> paragraph.kind().anchor(number).equals(anchor))
				.orElse(false));
	}

	private static NotificationView view(UUID id, NotificationDetails details, List<Addressee> named,
			Map<Language, UUID> files, long version) {
		return new NotificationView(id, String.valueOf(details.instrument()), null, null,
				java.util.Objects.requireNonNull(details.dated()), details.deadline(), clean(details.titleEn()),
				clean(details.titleFr()), clean(details.titleEs()), clean(details.textEn()), clean(details.textFr()),
				clean(details.textEs()), clean(details.actionEn()), clean(details.actionFr()),
				clean(details.actionEs()), files.get(Language.EN), files.get(Language.FR), files.get(Language.ES),
				details.categories(), named,
				details.mandateParagraphs().stream().map(String::strip).filter(p -> !p.isEmpty()).distinct().toList(),
				NotificationStatus.DRAFT, null, version);
	}

	private static @Nullable String clean(@Nullable String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	private static boolean blank(@Nullable String value) {
		return value == null || value.isBlank();
	}

	private void requireSecretariat() {
		if (!this.access.isSecretariat()) {
			throw new AccessDeniedException("Secretariat only");
		}
	}

	private Instant now() {
		return Instant.now(this.clock).truncatedTo(ChronoUnit.MICROS);
	}

	LocalDate today() {
		return LocalDate.now(this.clock);
	}

}
