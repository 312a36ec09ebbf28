package org.synergies.notifications;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.synergies.accounts.AccountDetails;
import org.synergies.accounts.AccountView;
import org.synergies.accounts.Role;
import org.synergies.audit.AuditEntry;
import org.synergies.audit.AuditTrail;
import org.synergies.countries.CountryMemberships;
import org.synergies.countries.FocalPointDesignation;
import org.synergies.countries.FocalPointDetails;
import org.synergies.countries.FocalPoints;
import org.synergies.messaging.Outbox;
import org.synergies.messaging.SentMail;
import org.synergies.notifications.internal.NotificationReminders;
import org.synergies.organizations.OrganizationManagement;
import org.synergies.organizations.OrganizationView;
import org.synergies.shared.CountryCode;
import org.synergies.shared.FieldProblem;
import org.synergies.shared.InvalidInputException;
import org.synergies.shared.Language;
import org.synergies.shared.RuleViolationException;
import org.synergies.support.DatabaseTest;
import org.synergies.support.TestAccounts;
import org.synergies.support.TestEvents;
import org.synergies.support.TestOrganizations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * Notifications and their contributions: drafted and issued once under the next number of
 * the secretariat's year, sent to the focal points of the countries and the members of
 * the organizations addressed (recorded, once), answered online (on behalf of others,
 * unsolicited, late, replaced in revisions) or recorded by the Secretariat; reminders go
 * once to those who have not answered; pages, the API and the country page show what each
 * reader may see. Runs on H2 and, as a {@link DatabaseTest}, on PostgreSQL.
 */
@SpringBootTest
@AutoConfigureMockMvc
@DatabaseTest
class NotificationsTests {

	private static final String[] CODES = Locale.getISOCountries();

	private static final AtomicInteger NEXT = new AtomicInteger(ThreadLocalRandom.current().nextInt(CODES.length));

	@Autowired
	MockMvcTester mvc;

	@Autowired
	Notifications notifications;

	@Autowired
	Contributions contributions;

	@Autowired
	NotificationReminders reminders;

	@Autowired
	CountryMemberships memberships;

	@Autowired
	FocalPoints focalPoints;

	@Autowired
	OrganizationManagement registry;

	@Autowired
	TestAccounts accounts;

	@Autowired
	TestOrganizations organizations;

	@Autowired
	TestEvents events;

	@Autowired
	Outbox outbox;

	@Autowired
	AuditTrail audit;

	AccountView officer;

	/** A year no other test numbers notifications in. */
	int year;

	CountryCode country;

	AccountView focalPoint;

	String focalPointEmail;

	OrganizationView ngo;

	AccountView member;

	@BeforeEach
	void scene() {
		this.officer = this.accounts.active(Language.EN, Role.SECRETARIAT_OFFICER);
		this.year = 2200 + ThreadLocalRandom.current().nextInt(7000);
		this.country = freshCountry();
		this.focalPoint = this.accounts.active(new AccountDetails(TestAccounts.uniqueEmail("focal"), "Focal",
				Language.FR, Set.of(Role.NATIONAL_FOCAL_POINT), Set.of(), this.country));
		this.focalPointEmail = TestAccounts.uniqueEmail("nfp-entry");
		asOfficer(() -> this.focalPoints.name(this.country, new FocalPointDetails("AEWA", FocalPointDesignation.PRIMARY,
				"Nora Point", "Ministry", "Director", this.focalPointEmail, null, this.focalPoint.id())));
		this.ngo = this.organizations.ngo();
		this.member = this.accounts.active(new AccountDetails(TestAccounts.uniqueEmail("member"), "Member", Language.ES,
				Set.of(Role.ORGANIZATION_MEMBER), Set.of(this.ngo.id()), null));
	}

	@Test
	void issuedOnceUnderTheNextNumberAndSentToEveryAddresseeInTheirLanguage() {
		assertThat(problems(() -> this.notifications.draft(
				details(LocalDate.of(this.year, 8, 3), LocalDate.of(this.year, 8, 2), List.of(), List.of()), Map.of())))
			.extracting(FieldProblem::field, FieldProblem::messageKey)
			.containsExactly(
					org.assertj.core.groups.Tuple.tuple("deadline", "notification.problem.deadline-before-date"));
		assertThat(problems(() -> this.notifications.draft(new NotificationDetails("AEWA",
				LocalDate.of(this.year, 1, 1), null, "T", null, null, null, null, null, null, null, null, Set.of(),
				List.of("XX1"), List.of(UUID.randomUUID()), List.of("99.99/para-1")), Map.of())))
			.extracting(FieldProblem::messageKey)
			.containsExactlyInAnyOrder("notification.problem.unknown-country",
					"notification.problem.unknown-organization", "notification.problem.paragraph");

		NotificationView first = issue(details(LocalDate.of(this.year, 8, 3), LocalDate.of(this.year, 9, 3),
				List.of(this.country.value()), List.of(this.ngo.id())));
		NotificationView second = issue(
				details(LocalDate.of(this.year, 9, 1), null, List.of(this.country.value()), List.of()));

		assertThat(first.number()).isEqualTo(this.year + "/001");
		assertThat(first.slug()).isEqualTo("aewa-" + this.year + "-001");
		assertThat(second.number()).isEqualTo(this.year + "/002");
		assertThatThrownBy(() -> asOfficer(() -> this.notifications.issue(first.id(), first.version())))
			.isInstanceOfSatisfying(RuleViolationException.class,
					refused -> assertThat(refused.messageKey()).isEqualTo("notification.rule.already-issued"));
		NotificationView untranslated = asOfficer(() -> this.notifications.draft(new NotificationDetails("AEWA",
				LocalDate.of(this.year, 10, 1), null, "Only English", null, null, "Text", null, null, null, null, null,
				Set.of(), List.of(this.country.value()), List.of(), List.of()), Map.of()));
		assertThatThrownBy(() -> asOfficer(() -> this.notifications.issue(untranslated.id(), untranslated.version())))
			.isInstanceOfSatisfying(RuleViolationException.class,
					refused -> assertThat(refused.messageKey()).isEqualTo("notification.rule.untranslated"));

		this.events.settle();
		List<SentMail> toFocalPoint = issued(this.focalPointEmail);
		assertThat(toFocalPoint).hasSize(2);
		assertThat(toFocalPoint).allSatisfy(mail -> assertThat(mail.language()).isEqualTo(Language.FR));
		assertThat(toFocalPoint.get(0).subject() + toFocalPoint.get(1).subject()).contains(first.number())
			.contains("Titre");
		assertThat(issued(this.member.email())).singleElement()
			.satisfies(mail -> assertThat(mail.subject()).contains("Título"));
		assertThat(asOfficer(() -> this.contributions.overview(first.id())))
			.extracting(line -> line.addressee().name(), AddresseeAnswer::via, AddresseeAnswer::sentTo,
					AddresseeAnswer::answered)
			.containsExactlyInAnyOrder(
					org.assertj.core.groups.Tuple.tuple(this.country.displayName(Locale.ENGLISH), "NAMED", 1, false),
					org.assertj.core.groups.Tuple.tuple(this.ngo.officialName(), "NAMED", 1, false));
		assertThat(this.audit.historyOf(Notifications.AUDITED_AS, first.id())).extracting(AuditEntry::action)
			.containsExactly("issued", "drafted");
	}

	@Test
	void contributionsCountForEveryoneTheyAreMadeOnBehalfOfAndKeepTheirRevisions() {
		NotificationView notification = issue(details(LocalDate.now().minusDays(3), LocalDate.now().plusDays(30),
				List.of(this.country.value()), List.of(this.ngo.id())));
		OrganizationView partner = this.organizations.ngo();
		OrganizationView duplicate = this.organizations.ngo();
		asOfficer(() -> this.registry.merge(partner.id(), duplicate.id()));

		assertThatThrownBy(() -> TestAccounts.runAs(this.member,
				() -> this.contributions.answer(notification.id(),
						answer(null, null, List.of(partner.id(), duplicate.id())), List.of())))
			.isInstanceOfSatisfying(InvalidInputException.class,
					invalid -> assertThat(invalid.problems()).singleElement().satisfies(problem -> {
						assertThat(problem.messageKey()).isEqualTo("notification.problem.merged-organization");
						assertThat(problem.arguments()).containsExactly(duplicate.officialName(),
								partner.officialName());
					}));
		ContributionView fromNgo = TestAccounts.runAs(this.member, () -> this.contributions.answer(notification.id(),
				answer(null, null, List.of(partner.id())), List.of()));
		assertThat(fromNgo.sender().ref()).isEqualTo(this.ngo.id().toString());
		assertThat(fromNgo.unsolicited()).isFalse();
		assertThat(fromNgo.late()).isFalse();

		AccountView otherFocalPoint = this.accounts.active(new AccountDetails(TestAccounts.uniqueEmail("other"),
				"Other", Language.EN, Set.of(Role.NATIONAL_FOCAL_POINT), Set.of(), CountryCode.of("FR")));
		assertThatThrownBy(() -> TestAccounts.runAs(otherFocalPoint,
				() -> this.contributions.answer(notification.id(),
						answer(AddresseeKind.COUNTRY, this.country.value(), List.of()), List.of())))
			.isInstanceOf(AccessDeniedException.class);
		ContributionView unsolicited = TestAccounts.runAs(otherFocalPoint,
				() -> this.contributions.answer(notification.id(), answer(null, null, List.of()), List.of()));
		assertThat(unsolicited.unsolicited()).isTrue();
		assertThat(unsolicited.sender().ref()).isEqualTo("FR");

		ContributionView own = TestAccounts.runAs(this.focalPoint, () -> this.contributions.answer(notification.id(),
				answer(AddresseeKind.COUNTRY, this.country.value(), List.of()), List.of()));
		ContributionView replaced = TestAccounts.runAs(this.focalPoint,
				() -> this.contributions.replace(own.id(), own.version(), new ContributionDetails(null, null, List.of(),
						List.of(), "fr", "Nouveau texte", true, null, null, null), List.of()));
		assertThat(replaced.revision()).isEqualTo(2);
		assertThat(replaced.withheld()).isTrue();
		assertThat(TestAccounts.runAs(this.focalPoint, () -> this.contributions.revisions(own.id())))
			.extracting(revision -> revision.text())
			.containsExactly("Our views.", "Nouveau texte");
		assertThatThrownBy(() -> TestAccounts.runAs(this.focalPoint,
				() -> this.contributions.replace(own.id(), own.version(), new ContributionDetails(null, null, List.of(),
						List.of(), "fr", "Stale", false, null, null, null), List.of())))
			.isInstanceOf(OptimisticLockingFailureException.class);
		assertThatThrownBy(() -> TestAccounts.runAs(this.member, () -> this.contributions.replace(own.id(),
				replaced.version(), answer(null, null, List.of()), List.of())))
			.isInstanceOf(RuntimeException.class);

		assertThat(asOfficer(() -> this.contributions.overview(notification.id())))
			.extracting(line -> line.addressee().ref(), AddresseeAnswer::answered)
			.containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(this.country.value(), true),
					org.assertj.core.groups.Tuple.tuple(this.ngo.id().toString(), true));
		assertThat(this.outbox.sentTo(this.member.email())).extracting(SentMail::template)
			.contains("notification-receipt");
		assertThat(this.audit.historyOf(Contributions.AUDITED_AS, own.id())).extracting(AuditEntry::action)
			.containsExactly("replaced", "sent");
	}

	@Test
	void theSecretariatRecordsLateContributionsAndRemindsThoseWhoHaveNotAnsweredOnce() {
		NotificationView past = issue(details(LocalDate.now().minusDays(40), LocalDate.now().minusDays(10),
				List.of(this.country.value()), List.of()));
		ContributionView late = asOfficer(() -> this.contributions.record(past.id(),
				new ContributionDetails(AddresseeKind.COUNTRY, this.country.value(), List.of(), List.of(), "pl",
						"Stanowisko rządu.", false, ContributionChannel.LETTER, LocalDate.now().minusDays(1), null),
				List.of()));
		assertThat(late.late()).isTrue();
		assertThat(late.language()).isEqualTo("pl");
		assertThat(problems(() -> this.contributions.record(past.id(),
				new ContributionDetails(AddresseeKind.COUNTRY, this.country.value(), List.of(), List.of(), "xx", "",
						false, ContributionChannel.ONLINE, LocalDate.now().plusDays(1), "not an address"),
				List.of())))
			.extracting(FieldProblem::messageKey)
			.contains("contribution.problem.channel", "contribution.problem.received-on-range",
					"contribution.problem.reply-to", "contribution.problem.language", "contribution.problem.empty");

		NotificationView soon = issue(details(LocalDate.now().minusDays(20), LocalDate.now().plusDays(3),
				List.of(this.country.value()), List.of(this.ngo.id())));
		TestAccounts.runAs(this.member,
				() -> this.contributions.answer(soon.id(), answer(null, null, List.of()), List.of()));
		this.events.settle();
		this.reminders.remind();
		this.reminders.remind();

		assertThat(this.outbox.sentTo(this.focalPointEmail))
			.filteredOn(mail -> mail.template().equals("notification-reminder"))
			.singleElement()
			.satisfies(mail -> assertThat(mail.subject()).contains(soon.number()));
		assertThat(this.outbox.sentTo(this.member.email())).extracting(SentMail::template)
			.doesNotContain("notification-reminder");
	}

	@Test
	void pagesAndApiShowIssuedNotificationsToEveryoneAndContributionsToTheirReadersOnly() {
		NotificationView draft = asOfficer(() -> this.notifications
			.draft(details(LocalDate.of(this.year, 3, 1), null, List.of(this.country.value()), List.of()), Map.of()));
		assertThat(this.mvc.get().uri("/notifications/" + draft.id())).hasStatus(404);
		assertThat(this.mvc.get().uri("/api/v1/notifications/" + draft.id())).hasStatus(404);
		NotificationView issued = asOfficer(() -> this.notifications.issue(draft.id(), draft.version()));

		assertThat(this.mvc.get().uri("/notifications")).hasStatusOk().bodyText().contains(issued.number());
		assertThat(this.mvc.get().uri("/notifications/" + issued.slug()).header("Accept-Language", "es")).hasStatusOk()
			.bodyText()
			.contains("Título " + this.year);
		assertThat(this.mvc.get().uri("/api/v1/notifications/" + issued.slug())).hasStatusOk()
			.bodyJson()
			.extractingPath("$.number")
			.isEqualTo(issued.number());
		assertThat(this.mvc.get().uri("/countries/" + this.country.value())).hasStatusOk()
			.bodyText()
			.contains(issued.number());

		AccountView otherFocalPoint = this.accounts.active(new AccountDetails(TestAccounts.uniqueEmail("other"),
				"Other", Language.EN, Set.of(Role.NATIONAL_FOCAL_POINT), Set.of(), CountryCode.of("FR")));
		String body = "{\"senderKind\": \"COUNTRY\", \"sender\": \"" + this.country.value()
				+ "\", \"language\": \"en\", \"text\": \"Not ours.\"}";
		assertThat(this.mvc.post()
			.uri("/api/v1/notifications/" + issued.id() + "/contributions")
			.header("Authorization", "Bearer " + this.accounts.apiToken(otherFocalPoint))
			.contentType(MediaType.APPLICATION_JSON)
			.content(body)).hasStatus(403);
		assertThat(this.mvc.post()
			.uri("/api/v1/notifications/" + issued.id() + "/contributions")
			.header("Authorization", "Bearer " + this.accounts.apiToken(this.focalPoint))
			.contentType(MediaType.APPLICATION_JSON)
			.content(body)).hasStatus(201);
		assertThat(this.mvc.get()
			.uri("/api/v1/notifications/" + issued.id() + "/contributions")
			.header("Authorization", "Bearer " + this.accounts.apiToken(otherFocalPoint))).hasStatusOk()
			.bodyText()
			.isEqualTo("[]");
		assertThat(this.mvc.post()
			.uri("/notifications/" + issued.slug() + "/issue")
			.with(TestAccounts.as(this.officer))
			.with(csrf())
			.param("version", String.valueOf(issued.version()))).hasStatus3xxRedirection()
			.flash()
			.containsKey("problems");
	}

	private NotificationDetails details(LocalDate dated, LocalDate deadline, List<String> countries,
			List<UUID> organizations) {
		return new NotificationDetails("AEWA", dated, deadline, "Title " + this.year, "Titre " + this.year,
				"Título " + this.year, "Text", "Texte", "Texto", "Answer", "Répondre", "Responder", Set.of(), countries,
				organizations, List.of());
	}

	private static ContributionDetails answer(AddresseeKind kind, String sender, List<UUID> onBehalf) {
		return new ContributionDetails(kind, sender, List.of(), onBehalf, "en", "Our views.", false, null, null, null);
	}

	private NotificationView issue(NotificationDetails details) {
		return asOfficer(() -> {
			NotificationView draft = this.notifications.draft(details, Map.of());
			return this.notifications.issue(draft.id(), draft.version());
		});
	}

	private List<SentMail> issued(String address) {
		return this.outbox.sentTo(address)
			.stream()
			.filter(mail -> mail.template().equals("notification-issued"))
			.toList();
	}

	private CountryCode freshCountry() {
		while (true) {
			CountryCode candidate = CountryCode.of(CODES[NEXT.getAndIncrement() % CODES.length]);
			if (List.of("DE", "FR", "IN", "AU", "PL", "GB", "KE", "BR").contains(candidate.value())) {
				continue;
			}
			boolean empty = asOfficer(
					() -> this.focalPoints.of(candidate).isEmpty() && this.memberships.of(candidate).isEmpty());
			if (empty) {
				return candidate;
			}
		}
	}

	private <T> T asOfficer(Supplier<T> action) {
		return TestAccounts.runAs(this.officer, action);
	}

	private List<FieldProblem> problems(Runnable action) {
		try {
			asOfficer(() -> {
				action.run();
				return null;
			});
		}
		catch (InvalidInputException invalid) {
			return invalid.problems();
		}
		throw new AssertionError("no problem found");
	}

}
