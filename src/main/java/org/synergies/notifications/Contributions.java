package org.synergies.notifications;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.synergies.accounts.CurrentUser;
import org.synergies.audit.AuditTrail;
import org.synergies.files.FileKind;
import org.synergies.files.FileOwner;
import org.synergies.files.StoredFile;
import org.synergies.files.StoredFiles;
import org.synergies.messaging.OutgoingMail;
import org.synergies.messaging.Outbox;
import org.synergies.notifications.ContributionView.ContributionFile;
import org.synergies.notifications.internal.AddresseeResolver;
import org.synergies.notifications.internal.ContributionRecords;
import org.synergies.notifications.internal.DeliveryRecords;
import org.synergies.notifications.internal.NotificationRecords;
import org.synergies.notifications.internal.NotificationRecords.AddresseeRow;
import org.synergies.organizations.OrganizationManagement;
import org.synergies.shared.CountryCode;
import org.synergies.shared.FieldProblem;
import org.synergies.shared.InvalidInputException;
import org.synergies.shared.Language;
import org.synergies.shared.NotFoundException;
import org.synergies.shared.RuleViolationException;
import org.synergies.shared.UnDates;

/**
 * Contributions to an issued notification: an addressee answers online (a national focal
 * point for their own country, a member for their organization), or the Secretariat
 * records one received by e-mail or letter. A contribution may be made on behalf of other
 * organizations or countries and counts for each; from someone not addressed it is
 * accepted and flagged unsolicited; received after the deadline it is accepted and marked
 * late. Its sender may replace it (each revision kept). A receipt goes to the sender.
 * Contributions are not public: the Secretariat and the sender read them.
 */
@Service
public class Contributions {

	public static final String AUDITED_AS = "notification-contribution";

	/** What may be sent with a contribution. */
	public static final Set<FileKind> FILES = FileKind.DOCUMENTS;

	private static final Set<String> LANGUAGES = new HashSet<>(Arrays.asList(Locale.getISOLanguages()));

	private final ContributionRecords records;

	private final NotificationRecords notifications;

	private final DeliveryRecords deliveries;

	private final Notifications notificationPages;

	private final AddresseeResolver resolver;

	private final OrganizationManagement organizations;

	private final StoredFiles files;

	private final NotificationAccess access;

	private final Outbox outbox;

	private final AuditTrail audit;

	private final Clock clock;

	private final String baseUrl;

	Contributions(ContributionRecords records, NotificationRecords notifications, DeliveryRecords deliveries,
			Notifications notificationPages, AddresseeResolver resolver, OrganizationManagement organizations,
			StoredFiles files, NotificationAccess access, Outbox outbox, AuditTrail audit, Clock clock,
			@Value("${synergies.base-url}") String baseUrl) {
		this.records = records;
		this.notifications = notifications;
		this.deliveries = deliveries;
		this.notificationPages = notificationPages;
		this.resolver = resolver;
		this.organizations = organizations;
		this.files = files;
		this.access = access;
		this.outbox = outbox;
		this.audit = audit;
		this.clock = clock;
		this.baseUrl = baseUrl.replaceAll("/+$", "");
	}

	/**
	 * An addressee answers online. The sender is the focal point's own country, or the
	 * member's organization (named when they act for several); naming a country or an
	 * organization the person does not act for is refused (403).
	 */
	@Transactional
	public ContributionView answer(UUID notification, ContributionDetails details, List<Upload> uploads) {
		CurrentUser user = CurrentUser.get().orElseThrow(() -> new AccessDeniedException("Sign in to answer"));
		NotificationView issued = issued(notification);
		Addressee sender = senderOf(details, user);
		for (String country : details.onBehalfCountries()) {
			if (!country.isBlank() && !this.access
				.actsFor(new Addressee(AddresseeKind.COUNTRY, country.strip().toUpperCase(Locale.ROOT), country))) {
				throw new AccessDeniedException("Not a focal point of " + country);
			}
		}
		LocalDate today = LocalDate.now(this.clock);
		ContributionView saved = save(issued, sender, details, ContributionChannel.ONLINE, today, user.email(), uploads,
				user.id(), null);
		receipt(saved, issued, user.email(), user.language());
		return saved;
	}

	/**
	 * The Secretariat records a contribution received by e-mail or letter, on the day it
	 * was received; its receipt goes to {@code replyTo} when given.
	 */
	@Transactional
	public ContributionView record(UUID notification, ContributionDetails details, List<Upload> uploads) {
		requireSecretariat();
		NotificationView issued = issued(notification);
		List<FieldProblem> problems = new ArrayList<>();
		Addressee sender = namedSender(details, problems);
		if (details.channel() == null || details.channel() == ContributionChannel.ONLINE) {
			problems.add(new FieldProblem("channel", "contribution.problem.channel"));
		}
		LocalDate today = LocalDate.now(this.clock);
		if (details.receivedOn() == null) {
			problems.add(new FieldProblem("receivedOn", "contribution.problem.received-on"));
		}
		else if (details.receivedOn().isAfter(today) || details.receivedOn().isBefore(issued.dated())) {
			problems.add(new FieldProblem("receivedOn", "contribution.problem.received-on-range"));
		}
		String replyTo = details.replyTo() == null || details.replyTo().isBlank() ? null : details.replyTo().strip();
		if (replyTo != null && !replyTo.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
			problems.add(new FieldProblem("replyTo", "contribution.problem.reply-to"));
		}
		if (!problems.isEmpty() || sender == null || details.receivedOn() == null) {
			language(details.language(), problems);
			if (clean(details.text()) == null && uploads.stream().allMatch(Upload::isEmpty)) {
				problems.add(new FieldProblem("text", "contribution.problem.empty"));
			}
			throw new InvalidInputException(problems);
		}
		ContributionView saved = save(issued, sender, details, details.channel(), details.receivedOn(), replyTo,
				uploads, null, CurrentUser.require().id());
		if (replyTo != null) {
			receipt(saved, issued, replyTo, Language.fromCode(saved.language()).orElse(Language.EN));
		}
		return saved;
	}

	/**
	 * Its sender (or the Secretariat) replaces a contribution: new text, language, files
	 * (the files before are kept when none are sent). After the deadline the replacement
	 * is accepted and the contribution marked late. Refused if it changed since
	 * {@code version}.
	 */
	@Transactional
	public ContributionView replace(UUID id, long version, ContributionDetails details, List<Upload> uploads) {
		ContributionView before = require(id);
		if (!this.access.isSecretariat() && !this.access.actsFor(before.sender())) {
			throw new AccessDeniedException("Not the sender");
		}
		NotificationView issued = issued(before.notification());
		List<FieldProblem> problems = new ArrayList<>();
		String language = language(details.language(), problems);
		List<ContributionFile> kept = keep(id, uploads);
		if (kept.isEmpty()) {
			kept = before.files();
		}
		String text = clean(details.text());
		if (text == null && kept.isEmpty()) {
			problems.add(new FieldProblem("text", "contribution.problem.empty"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		LocalDate today = LocalDate.now(this.clock);
		boolean late = before.late() || (issued.deadline() != null && today.isAfter(issued.deadline()));
		ContributionView after = new ContributionView(id, before.notification(), before.sender(), before.onBehalf(),
				before.replyTo(), before.channel(), language, text, before.receivedOn(), late, before.unsolicited(),
				details.withheld(), before.revision() + 1, kept, now(), version + 1);
		this.records.replace(after, version, CurrentUser.get().map(CurrentUser::id).orElse(null));
		ContributionView saved = this.records.find(id).orElseThrow();
		this.audit.record(AUDITED_AS, id, "replaced", before, saved);
		String to = CurrentUser.get()
			.filter(user -> !user.isSecretariat())
			.map(CurrentUser::email)
			.orElse(before.replyTo());
		if (to != null) {
			receipt(saved, issued, to,
					CurrentUser.get()
						.filter(user -> !user.isSecretariat())
						.map(CurrentUser::language)
						.orElse(Language.EN));
		}
		return saved;
	}

	/** The contribution, for the Secretariat and its sender (403 to anyone else). */
	@Transactional(readOnly = true)
	public ContributionView require(UUID id) {
		ContributionView found = this.records.find(id).orElseThrow(() -> new NotFoundException(AUDITED_AS, id));
		if (!this.access.canSee(found)) {
			throw new AccessDeniedException("Not the sender of " + id);
		}
		return found;
	}

	/** Its revisions, first to current. */
	@Transactional(readOnly = true)
	public List<ContributionRecords.Revision> revisions(UUID id) {
		require(id);
		return this.records.revisions(id);
	}

	/**
	 * The contributions to a notification the reader may read: all for the Secretariat,
	 * their own for an addressee.
	 */
	@Transactional(readOnly = true)
	public List<ContributionView> of(UUID notification) {
		this.notificationPages.require(notification);
		return this.records.of(notification).stream().filter(this.access::canSee).toList();
	}

	/**
	 * Per addressee: how it was addressed, how many it was sent to, the contributions
	 * that count for it, when it was reminded. The Secretariat's view.
	 */
	@Transactional(readOnly = true)
	public List<AddresseeAnswer> overview(UUID notification) {
		requireSecretariat();
		this.notificationPages.require(notification);
		List<ContributionView> contributions = this.records.of(notification);
		Map<String, Integer> sentTo = new LinkedHashMap<>();
		this.deliveries.of(notification)
			.stream()
			.filter(delivery -> delivery.purpose() == DeliveryRecords.Purpose.ISSUED)
			.forEach(delivery -> sentTo.merge(delivery.addressee().key(), 1, Integer::sum));
		Map<String, Instant> reminded = this.deliveries.reminded(notification);
		List<AddresseeAnswer> lines = new ArrayList<>();
		for (AddresseeRow row : this.notifications.addressees(notification)) {
			lines.add(new AddresseeAnswer(row.addressee(), row.via(), sentTo.getOrDefault(row.addressee().key(), 0),
					answersFor(row.addressee(), contributions), reminded.get(row.addressee().key())));
		}
		return lines;
	}

	/** What was sent to whom, for the Secretariat. */
	@Transactional(readOnly = true)
	public List<DeliveryRecords.Delivery> deliveries(UUID notification) {
		requireSecretariat();
		return this.deliveries.of(notification);
	}

	/** Addressees that have not answered yet (for reminders). */
	@Transactional(readOnly = true)
	public List<Addressee> unanswered(UUID notification) {
		List<ContributionView> contributions = this.records.of(notification);
		return this.notifications.addressees(notification)
			.stream()
			.map(AddresseeRow::addressee)
			.filter(addressee -> answersFor(addressee, contributions).isEmpty())
			.toList();
	}

	/** When the addressee first answered (itself or through one made on its behalf). */
	@Transactional(readOnly = true)
	public Optional<LocalDate> answeredOn(UUID notification, Addressee addressee) {
		return this.records.of(notification)
			.stream()
			.filter(contribution -> contribution.countsFor().stream().anyMatch(a -> a.key().equals(addressee.key())))
			.map(ContributionView::receivedOn)
			.min(LocalDate::compareTo);
	}

	/** A file of a contribution, as the reader may see it. */
	@Transactional(readOnly = true)
	public Optional<StoredFile> file(UUID contribution, UUID file) {
		require(contribution);
		return this.files.findFor(file, new FileOwner(AUDITED_AS, contribution));
	}

	@Transactional(readOnly = true)
	public byte[] content(StoredFile file) {
		return this.files.content(file.id());
	}

	private static List<AddresseeAnswer.Answer> answersFor(Addressee addressee, List<ContributionView> contributions) {
		return contributions.stream()
			.filter(contribution -> contribution.countsFor().stream().anyMatch(a -> a.key().equals(addressee.key())))
			.map(contribution -> new AddresseeAnswer.Answer(contribution.id(), contribution.sender().name(),
					contribution.sender().key().equals(addressee.key()), contribution.late()))
			.toList();
	}

	private ContributionView save(NotificationView notification, Addressee sender, ContributionDetails details,
			ContributionChannel channel, LocalDate receivedOn, @Nullable String replyTo, List<Upload> uploads,
			@Nullable UUID account, @Nullable UUID recordedBy) {
		List<FieldProblem> problems = new ArrayList<>();
		String language = language(details.language(), problems);
		List<Addressee> onBehalf = new ArrayList<>(
				this.resolver.countries(details.onBehalfCountries(), "onBehalfCountries", problems));
		onBehalf
			.addAll(this.resolver.organizations(details.onBehalfOrganizations(), "onBehalfOrganizations", problems));
		onBehalf.removeIf(party -> party.key().equals(sender.key()));
		String text = clean(details.text());
		boolean hasFiles = uploads.stream().anyMatch(upload -> !upload.isEmpty());
		if (text == null && !hasFiles) {
			problems.add(new FieldProblem("text", "contribution.problem.empty"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		UUID id = UUID.randomUUID();
		List<ContributionFile> kept = keep(id, uploads);
		Set<String> addressed = new HashSet<>();
		this.notifications.addressees(notification.id()).forEach(row -> addressed.add(row.addressee().key()));
		boolean late = notification.deadline() != null && receivedOn.isAfter(notification.deadline());
		ContributionView contribution = new ContributionView(id, notification.id(), sender, List.copyOf(onBehalf),
				replyTo, channel, language, text, receivedOn, late, !addressed.contains(sender.key()),
				details.withheld(), 1, kept, now(), 0);
		this.records.insert(contribution, account, recordedBy);
		ContributionView saved = this.records.find(id).orElseThrow();
		this.audit.record(AUDITED_AS, id, channel == ContributionChannel.ONLINE ? "sent" : "recorded", null, saved);
		return saved;
	}

	private List<ContributionFile> keep(UUID contribution, List<Upload> uploads) {
		List<ContributionFile> kept = new ArrayList<>();
		for (Upload upload : uploads) {
			if (!upload.isEmpty()) {
				StoredFile file = this.files.keep(upload.fileName(), upload.content(), FILES,
						new FileOwner(AUDITED_AS, contribution));
				kept.add(new ContributionFile(file.id(), file.name()));
			}
		}
		return kept;
	}

	private Addressee senderOf(ContributionDetails details, CurrentUser user) {
		if (details.senderKind() == null || details.sender() == null || details.sender().isBlank()) {
			if (user.country() != null && user.has(org.synergies.accounts.Role.NATIONAL_FOCAL_POINT)) {
				return AddresseeResolver.country(user.country());
			}
			if (user.organizations().size() == 1) {
				UUID organization = user.organizations().iterator().next();
				return this.organizations.find(organization)
					.map(AddresseeResolver::organization)
					.orElseThrow(() -> new AccessDeniedException("No organization"));
			}
			throw new InvalidInputException(List.of(new FieldProblem("sender", "contribution.problem.sender")));
		}
		Addressee named = new Addressee(
				details.senderKind(), details.senderKind() == AddresseeKind.COUNTRY
						? details.sender().strip().toUpperCase(Locale.ROOT) : details.sender().strip(),
				details.sender());
		if (!this.access.actsFor(named)) {
			throw new AccessDeniedException("Does not act for " + details.sender());
		}
		List<FieldProblem> problems = new ArrayList<>();
		Addressee sender = namedSender(details, problems);
		if (sender == null) {
			throw new InvalidInputException(problems);
		}
		return sender;
	}

	private @Nullable Addressee namedSender(ContributionDetails details, List<FieldProblem> problems) {
		if (details.senderKind() == null || details.sender() == null || details.sender().isBlank()) {
			problems.add(new FieldProblem("sender", "contribution.problem.sender"));
			return null;
		}
		if (details.senderKind() == AddresseeKind.COUNTRY) {
			List<Addressee> found = this.resolver.countries(List.of(details.sender()), "sender", problems);
			return found.isEmpty() ? null : found.get(0);
		}
		UUID id;
		try {
			id = UUID.fromString(details.sender().strip());
		}
		catch (IllegalArgumentException notAnId) {
			problems.add(new FieldProblem("sender", "notification.problem.unknown-organization", details.sender()));
			return null;
		}
		List<Addressee> found = this.resolver.organizations(List.of(id), "sender", problems);
		return found.isEmpty() ? null : found.get(0);
	}

	private static String language(@Nullable String code, List<FieldProblem> problems) {
		String clean = code == null ? "" : code.strip().toLowerCase(Locale.ROOT);
		if (!LANGUAGES.contains(clean)) {
			problems.add(new FieldProblem("language", "contribution.problem.language"));
			return "en";
		}
		return clean;
	}

	private NotificationView issued(UUID notification) {
		NotificationView found = this.notificationPages.require(notification);
		if (!found.isIssued()) {
			throw new RuleViolationException("contribution.rule.not-issued");
		}
		return found;
	}

	private void receipt(ContributionView contribution, NotificationView notification, String to, Language language) {
		this.outbox.send(OutgoingMail.to(to, language, "notification-receipt")
			.subject(String.valueOf(notification.number()))
			.with("number", String.valueOf(notification.number()))
			.with("title", notification.title(language))
			.with("sender", contribution.sender().name())
			.with("onBehalf", String.join(", ", contribution.onBehalf().stream().map(Addressee::name).toList()))
			.with("receivedOn", UnDates.date(contribution.receivedOn(), language))
			.with("late", contribution.late())
			.with("revision", contribution.revision())
			.with("link", this.baseUrl + "/notifications/" + notification.ref())
			.once("notification-receipt:" + contribution.id() + ":" + contribution.revision()));
	}

	private static @Nullable String clean(@Nullable String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	private void requireSecretariat() {
		if (!this.access.isSecretariat()) {
			throw new AccessDeniedException("Secretariat only");
		}
	}

	private Instant now() {
		return Instant.now(this.clock).truncatedTo(ChronoUnit.MICROS);
	}

}
