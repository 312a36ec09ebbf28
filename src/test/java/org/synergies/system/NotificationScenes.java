package org.synergies.system;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import org.awaitility.Awaitility;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;
import org.synergies.accounts.AccountView;
import org.synergies.accounts.Role;
import org.synergies.files.SampleFiles;
import org.synergies.notifications.AddresseeKind;
import org.synergies.notifications.ContributionDetails;
import org.synergies.notifications.ContributionView;
import org.synergies.notifications.Contributions;
import org.synergies.notifications.NotificationCompilation;
import org.synergies.notifications.NotificationCompilations;
import org.synergies.notifications.CourtesyTranslation;
import org.synergies.notifications.NotificationDetails;
import org.synergies.notifications.NotificationView;
import org.synergies.notifications.Notifications;
import org.synergies.notifications.TranslationAction;
import org.synergies.notifications.TranslationRequests;
import org.synergies.notifications.TranslationStep;
import org.synergies.notifications.Upload;
import org.synergies.shared.Language;
import org.synergies.support.TestAccounts;
import org.synergies.system.AuthorizationMatrixTests.Endpoint;
import org.synergies.system.MatrixScenes.Scene;

/**
 * What the authorization matrix sends to a notifications endpoint: one issued
 * notification (with its English text uploaded) addressed to the matrix's organization
 * and to Germany (the matrix's focal point), one contribution of that organization with a
 * file; fresh drafts for an edit or an issue, a fresh contribution for a replacement, and
 * a sender each caller acts for; a published compilation holding that contribution, and a
 * freshly written one for each publication. {@link #ofAnotherCountry} makes Germany's
 * focal point answer for France.
 */
// lazy: module tests scan this package without the modules the scenes need
@Lazy
@Component
class NotificationScenes {

	private final Notifications notifications;

	private final Contributions contributions;

	private final TestAccounts accounts;

	private @Nullable AccountView officer;

	private @Nullable NotificationView issued;

	private @Nullable ContributionView contribution;

	private @Nullable UUID organization;

	private @Nullable AccountView member;

	private final NotificationCompilations compilations;

	/** The published compilation of the shared contribution. */
	private @Nullable NotificationCompilation published;

	/** Symbols no other test's compilation carries. */
	private final String symbols = "UNEP/CMS/Matrix" + UUID.randomUUID().toString().substring(0, 6) + "/Inf.";

	private final TranslationRequests translations;

	private @Nullable AccountView translator;

	private @Nullable CourtesyTranslation french;

	NotificationScenes(Notifications notifications, Contributions contributions, TranslationRequests translations,
			TestAccounts accounts, NotificationCompilations compilations) {
		this.notifications = notifications;
		this.contributions = contributions;
		this.translations = translations;
		this.accounts = accounts;
		this.compilations = compilations;
	}

	static boolean handles(Endpoint endpoint) {
		return endpoint.pattern().startsWith("/notifications") || endpoint.pattern().startsWith("/translations")
				|| endpoint.pattern().startsWith("/api/v1/notifications");
	}

	/**
	 * The courtesy translations of the shared contribution: into French, requested of the
	 * scenes' translator, who acts as {@code MEMBER} on the translator's endpoints; into
	 * Spanish, received as a file.
	 */
	Scene translations(Endpoint endpoint, Scene scene) {
		if (this.french == null) {
			ContributionView shared = java.util.Objects.requireNonNull(this.contribution);
			this.translator = this.accounts.active(Language.FR, Role.TRANSLATOR);
			this.french = asOfficer(() -> this.translations.act(shared.id(), Language.FR, requestOf(0), null));
			asOfficer(() -> {
				CourtesyTranslation spanish = this.translations.act(shared.id(), Language.ES, requestOf(0), null);
				return this.translations.act(shared.id(), Language.ES,
						new TranslationStep(TranslationAction.SUBMIT, spanish.version(), null, null, null, null, null),
						new Upload("traduccion.pdf", SampleFiles.pdf()));
			});
		}
		if (!endpoint.pattern().contains("translations")) {
			return scene;
		}
		scene.with("language", endpoint.pattern().endsWith("/file") ? "es" : "fr");
		if (endpoint.pattern().startsWith("/translations")) {
			scene.with("id", this.french.id());
		}
		if (endpoint.access() == org.synergies.system.AuthorizationMatrixTests.Access.TRANSLATOR) {
			scene.actingMember(java.util.Objects.requireNonNull(this.translator));
		}
		return scene;
	}

	private TranslationStep requestOf(long version) {
		return new TranslationStep(TranslationAction.REQUEST, version,
				java.util.Objects.requireNonNull(this.translator).id(), null, null, LocalDate.now().plusDays(14), null);
	}

	/**
	 * A contribution of its own with a French translation requested of the translator.
	 */
	private ContributionView requested(UUID organization, AccountView member) {
		ContributionView fresh = fresh(organization, member);
		asOfficer(() -> this.translations.act(fresh.id(), Language.FR, requestOf(0), null));
		return fresh;
	}

	/** The shared records in the path, for every caller. */
	Scene shared(Scene scene, UUID organization, AccountView member) {
		this.organization = organization;
		this.member = member;
		if (this.issued == null) {
			this.issued = asOfficer(() -> {
				NotificationView draft = this.notifications.draft(details(organization),
						Map.of(Language.EN, new Upload("notification.pdf", SampleFiles.pdf())));
				return this.notifications.issue(draft.id(), draft.version());
			});
			this.contribution = TestAccounts.runAs(member,
					() -> this.contributions.answer(this.issued.id(),
							new ContributionDetails(AddresseeKind.ORGANIZATION, organization.toString(), List.of(),
									List.of(), "en", "Our views.", false, null, null, null),
							List.of(new Upload("views.pdf", SampleFiles.pdf()))));
			NotificationCompilation written = written();
			this.published = asOfficer(
					() -> this.compilations.publish(written.notification(), written.id(), written.version()));
		}
		NotificationView notification = this.issued;
		ContributionView shared = this.contribution;
		// the matrix organization's name: anyone else answering in it is refused
		scene.json("{\"version\": 0, \"senderKind\": \"ORGANIZATION\", \"sender\": \"%s\", \"language\": \"en\", "
				+ "\"text\": \"t\"}", organization);
		return scene.with("ref", notification.ref())
			.with("id", notification.id())
			.with("language", "en")
			.with("contribution", shared.id())
			.with("fileId", shared.files().get(0).id())
			.with("compilation", java.util.Objects.requireNonNull(this.published).id());
	}

	/** The scene for an allowed caller. */
	Scene shape(Endpoint endpoint, Scene scene, @Nullable AccountView caller) {
		if (caller == null) {
			return scene;
		}
		UUID organization = java.util.Objects.requireNonNull(this.organization);
		AccountView member = java.util.Objects.requireNonNull(this.member);
		String sender = caller.country() != null ? "COUNTRY:" + caller.country().value()
				: caller.organizations().isEmpty() ? "COUNTRY:DE"
						: "ORGANIZATION:" + caller.organizations().iterator().next();
		String today = LocalDate.now().toString();
		switch (endpoint.toString()) {
			case "POST /notifications/new" -> form(scene);
			case "GET /notifications/{ref}/edit" -> scene.with("ref", draft(organization).id());
			case "POST /notifications/{ref}/edit" -> {
				NotificationView draft = draft(organization);
				form(scene.with("ref", draft.id())).param("version", draft.version());
			}
			case "POST /notifications/{ref}/issue" -> {
				NotificationView draft = draft(organization);
				scene.with("ref", draft.id()).param("version", draft.version());
			}
			case "POST /notifications/{ref}/contributions/record" -> scene.param("sender", "COUNTRY:DE")
				.param("channel", "EMAIL")
				.param("receivedOn", today)
				.param("language", "en")
				.param("text", "Received by e-mail.");
			case "POST /notifications/{ref}/contribute" ->
				scene.param("sender", sender).param("language", "en").param("text", "Our answer.");
			case "POST /notifications/{ref}/contributions/{contribution}" -> {
				ContributionView fresh = fresh(organization, member);
				scene.with("contribution", fresh.id())
					.param("version", fresh.version())
					.param("language", "fr")
					.param("text", "Notre réponse.");
			}
			case "PUT /api/v1/notifications/{id}/contributions/{contribution}" -> {
				ContributionView fresh = fresh(organization, member);
				scene.with("contribution", fresh.id())
					.json("{\"version\": %d, \"language\": \"fr\", \"text\": \"Notre réponse.\"}", fresh.version());
			}
			case "POST /api/v1/notifications" -> scene.json("""
					{"instrument": "CMS", "dated": "%s", "titleEn": "Matrix", "countries": ["DE"]}""", today);
			case "POST /api/v1/notifications/{id}/issue" -> {
				NotificationView draft = draft(organization);
				scene.with("id", draft.id()).json("{\"version\": %d}", draft.version());
			}
			case "POST /api/v1/notifications/{id}/contributions" -> {
				if (caller.roles().stream().anyMatch(Role::isSecretariat)) {
					scene.json("""
							{"senderKind": "COUNTRY", "sender": "DE", "channel": "EMAIL", "receivedOn": "%s",
							 "language": "en", "text": "Received by e-mail."}""", today);
				}
				else {
					String[] parts = sender.split(":", 2);
					scene.json(
							"{\"senderKind\": \"%s\", \"sender\": \"%s\", \"language\": \"en\", \"text\": \"Ours.\"}",
							parts[0], parts[1]);
				}
			}
			case "POST /notifications/{ref}/compilations" ->
				scene.param("symbol", this.symbols + "2").param("language", "FR");
			case "POST /api/v1/notifications/{id}/compilations" ->
				scene.json("{\"symbol\": \"%s\", \"language\": \"ES\"}", this.symbols + "3");
			case "POST /notifications/{ref}/compilations/{compilation}/publish" -> {
				NotificationCompilation written = written();
				scene.with("compilation", written.id()).param("version", written.version());
			}
			case "POST /api/v1/notifications/{id}/compilations/{compilation}/publish" -> {
				NotificationCompilation written = written();
				scene.with("compilation", written.id()).json("{\"version\": %d}", written.version());
			}
			case "POST /notifications/{ref}/contributions/{contribution}/translations/{language}" ->
				scene.with("contribution", fresh(organization, member).id())
					.param("action", "request")
					.param("version", 0)
					.param("translatorAccount", java.util.Objects.requireNonNull(this.translator).id())
					.param("dueOn", LocalDate.now().plusDays(14));
			case "POST /translations/{id}" -> {
				ContributionView fresh = requested(organization, member);
				CourtesyTranslation french = asOfficer(() -> this.translations.of(fresh.id()).get(0));
				scene.with("id", french.id()).param("action", "start").param("version", french.version());
			}
			case "POST /api/v1/notifications/{id}/contributions/{contribution}/translations/{language}" -> {
				ContributionView fresh = requested(organization, member);
				scene.with("contribution", fresh.id()).json("{\"action\": \"start\", \"version\": 1}");
			}
			case "POST /api/v1/notifications/{id}/contributions/{contribution}/translations/{language}/files" -> {
				ContributionView fresh = requested(organization, member);
				scene.with("contribution", fresh.id()).param("version", 1);
			}
			default -> {
			}
		}
		return scene;
	}

	/** Germany's focal point answers for France: refused. */
	Scene ofAnotherCountry(Scene scene) {
		return scene.param("sender", "COUNTRY:FR")
			.param("language", "en")
			.param("text", "Taken over.")
			.json("{\"senderKind\": \"COUNTRY\", \"sender\": \"FR\", \"language\": \"en\", \"text\": \"Taken over.\"}");
	}

	/** A compilation of the shared notification, once written. */
	private NotificationCompilation written() {
		NotificationView notification = java.util.Objects.requireNonNull(this.issued);
		NotificationCompilation queued = asOfficer(
				() -> this.compilations.request(notification.id(), this.symbols + "1", Language.EN));
		return Awaitility.await()
			.atMost(Duration.ofSeconds(60))
			.pollInterval(Duration.ofMillis(50))
			.until(() -> asOfficer(() -> this.compilations.require(notification.id(), queued.id())),
					NotificationCompilation::isDone);
	}

	private static Scene form(Scene scene) {
		return scene.param("instrument", "CMS")
			.param("dated", LocalDate.now().toString())
			.param("titleEn", "Matrix notification")
			.param("countries", "DE");
	}

	private NotificationView draft(UUID organization) {
		return asOfficer(() -> this.notifications.draft(details(organization), Map.of()));
	}

	private ContributionView fresh(UUID organization, AccountView member) {
		NotificationView notification = java.util.Objects.requireNonNull(this.issued);
		return TestAccounts.runAs(member,
				() -> this.contributions.answer(notification.id(), new ContributionDetails(AddresseeKind.ORGANIZATION,
						organization.toString(), List.of(), List.of(), "en", "Our views.", false, null, null, null),
						List.of()));
	}

	private static NotificationDetails details(UUID organization) {
		return new NotificationDetails("CMS", LocalDate.now(), LocalDate.now().plusDays(30), "Matrix notification",
				"Notification de la matrice", "Notificación de la matriz", "Text.", "Texte.", "Texto.", null, null,
				null, Set.of(), List.of("DE"), List.of(organization), List.of());
	}

	private <T> T asOfficer(Supplier<T> action) {
		if (this.officer == null) {
			this.officer = this.accounts.active(Language.EN, Role.SECRETARIAT_OFFICER);
		}
		return TestAccounts.runAs(this.officer, action);
	}

}
