package org.synergies.notifications;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.synergies.accounts.AccountView;
import org.synergies.accounts.Role;
import org.synergies.messaging.Outbox;
import org.synergies.messaging.SentMail;
import org.synergies.organizations.OrganizationView;
import org.synergies.shared.InvalidInputException;
import org.synergies.shared.Language;
import org.synergies.shared.NotFoundException;
import org.synergies.shared.RuleViolationException;
import org.synergies.support.DatabaseTest;
import org.synergies.support.TestAccounts;
import org.synergies.support.TestOrganizations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * The compilation "as received": written in the background as DOCX, PDF and HTML in the
 * document's language (symbol, cover note, table of who contributed and on whose behalf,
 * each contribution in its original language followed by its courtesy translations, the
 * translations still pending), leaving out the contributions withheld by their senders;
 * published by the Secretariat, after which it and the contributions it holds are public.
 */
@SpringBootTest
@AutoConfigureMockMvc
@DatabaseTest
class NotificationCompilationsTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	Notifications notifications;

	@Autowired
	Contributions contributions;

	@Autowired
	NotificationCompilations compilations;

	@Autowired
	TestAccounts accounts;

	@Autowired
	TestOrganizations organizations;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Outbox outbox;

	AccountView officer;

	int year;

	@BeforeEach
	void scene() {
		this.officer = this.accounts.active(Language.EN, Role.SECRETARIAT_OFFICER);
		this.year = 2200 + ThreadLocalRandom.current().nextInt(7000);
	}

	@Test
	void writesTheCompilationAsReceivedInSpanishAndPublishesItWithoutWithheldContributions() throws Exception {
		OrganizationView wildMigration = this.organizations.ngo();
		OrganizationView birdLife = this.organizations.ngo();
		NotificationView notification = asOfficer(() -> {
			NotificationView draft = this.notifications.draft(
					new NotificationDetails("CMS", LocalDate.now().minusDays(20), LocalDate.now().plusDays(20),
							"Civil society " + this.year, "Société civile", "Sociedad civil", "Text", "Texte", "Texto",
							null, null, null, Set.of(), List.of("AU", "PL"), List.of(wildMigration.id()), List.of()),
					Map.of());
			return this.notifications.issue(draft.id(), draft.version());
		});
		ContributionView australia = record(notification, AddresseeKind.COUNTRY, "AU", List.of(), "en",
				"Australia supports closer cooperation with civil society.", false);
		ContributionView ngo = record(notification, AddresseeKind.ORGANIZATION, wildMigration.id().toString(),
				List.of(birdLife.id()), "fr", "Nous soutenons une coopération plus étroite.", false);
		ContributionView withheld = record(notification, AddresseeKind.COUNTRY, "PL", List.of(), "pl",
				"Stanowisko poufne.", true);
		translation(australia, Language.FR, TranslationStatus.CHECKED, "L’Australie soutient une coopération.");
		translation(australia, Language.ES, TranslationStatus.REQUESTED, null);

		assertThatThrownBy(() -> asOfficer(() -> this.compilations.request(notification.id(), "", Language.ES)))
			.isInstanceOf(InvalidInputException.class);
		String symbol = "UNEP/CMS/COP13/Inf." + this.year;
		NotificationCompilation queued = asOfficer(
				() -> this.compilations.request(notification.id(), symbol, Language.ES));
		assertThat(queued.contributions()).containsExactly(australia.id(), ngo.id());
		NotificationCompilation done = written(notification, queued);
		assertThat(done.status()).isEqualTo(NotificationCompilation.Status.DONE);
		assertThat(done.progress()).isEqualTo(100);

		byte[] docx = asOfficer(() -> this.compilations.download(notification.id(), done.id(), "docx")).content();
		try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx));
				XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
			String text = normalized(extractor.getText());
			assertThat(text)
				.contains(symbol, "Nota de la Secretaría",
						"CONTRIBUCIONES RECIBIDAS EN RESPUESTA A LA NOTIFICACIÓN N.º " + notification.number(),
						"Se recibieron contribuciones del Gobierno de Australia y de " + wildMigration.officialName()
								+ ", también en nombre de " + birdLife.officialName() + ".",
						"Enviada por", "También en nombre de", "Australia supports closer cooperation",
						"Nous soutenons une coopération plus étroite.", "Traducción de cortesía (francés)",
						"L’Australie soutient une coopération.", "Traducciones de cortesía pendientes",
						"Australia: español", "Otra contribución no se reproduce, a petición de su remitente.")
				.doesNotContain("Stanowisko");
			XWPFParagraph french = document.getParagraphs()
				.stream()
				.filter(paragraph -> paragraph.getText().startsWith("Nous soutenons"))
				.findFirst()
				.orElseThrow();
			assertThat(french.getRuns().get(0).getCTR().getRPr().getLangArray(0).getVal()).isEqualTo("fr-FR");
		}
		byte[] pdf = asOfficer(() -> this.compilations.download(notification.id(), done.id(), "pdf")).content();
		try (PDDocument document = Loader.loadPDF(pdf)) {
			assertThat(normalized(new PDFTextStripper().getText(document))).contains(symbol, "Nota de la Secretaría",
					"Australia supports closer cooperation", "Traducción de cortesía (francés)",
					"Traducciones de cortesía pendientes");
		}
		String html = new String(
				asOfficer(() -> this.compilations.download(notification.id(), done.id(), "html")).content(),
				java.nio.charset.StandardCharsets.UTF_8);
		assertThat(html).contains("lang=\"es\"", "lang=\"fr\"", "Traducción de cortesía");

		assertThat(this.compilations.of(notification.id())).isEmpty();
		assertThatThrownBy(() -> this.compilations.download(notification.id(), done.id(), "pdf"))
			.isInstanceOf(NotFoundException.class);
		assertThat(this.compilations.compiled(notification.id())).isEmpty();
		assertThatThrownBy(() -> this.compilations.publish(notification.id(), done.id(), done.version()))
			.isInstanceOf(AccessDeniedException.class);

		asOfficer(() -> this.compilations.publish(notification.id(), done.id(), done.version()));
		assertThat(this.outbox.sentTo(australia.replyTo())).extracting(SentMail::template)
			.contains("notification-compiled");
		assertThat(this.outbox.sentTo(withheld.replyTo())).extracting(SentMail::template)
			.doesNotContain("notification-compiled");
		assertThat(this.compilations.of(notification.id())).singleElement()
			.satisfies(published -> assertThat(published.isPublished()).isTrue());
		assertThat(this.compilations.download(notification.id(), done.id(), "pdf").content()).isNotEmpty();
		assertThat(this.compilations.compiled(notification.id())).extracting(CompiledContribution::id)
			.containsExactly(australia.id(), ngo.id());
		CompiledContribution compiled = this.compilations.compiled(notification.id(), australia.id());
		assertThat(compiled.translations()).extracting(CourtesyTranslation::language).containsExactly(Language.FR);
		assertThatThrownBy(
				() -> asOfficer(() -> this.compilations.publish(notification.id(), done.id(), done.version())))
			.isInstanceOf(RuntimeException.class);

		ContributionView withdrawn = asOfficer(
				() -> this.contributions.replace(ngo.id(), ngo.version(), new ContributionDetails(null, null, List.of(),
						List.of(), "fr", "Nouveau texte", true, null, null, null), List.of()));
		assertThat(withdrawn.withheld()).isTrue();
		assertThat(this.compilations.compiled(notification.id())).extracting(CompiledContribution::id)
			.containsExactly(australia.id());
		assertThatThrownBy(() -> this.compilations.compiled(notification.id(), ngo.id()))
			.isInstanceOf(NotFoundException.class);
	}

	@Test
	void summarizesWhoContributedForTheSecretariatOnly() {
		NotificationView notification = asOfficer(() -> {
			NotificationView draft = this.notifications.draft(new NotificationDetails("CMS",
					LocalDate.now().minusDays(20), null, "T " + this.year, "T", "T", "Text", "Texte", "Texto", null,
					null, null, Set.of(), List.of("AU", "PL"), List.of(), List.of()), Map.of());
			return this.notifications.issue(draft.id(), draft.version());
		});
		assertThatThrownBy(
				() -> asOfficer(() -> this.compilations.request(notification.id(), "UNEP/CMS/Inf.1", Language.EN)))
			.isInstanceOfSatisfying(RuleViolationException.class,
					refused -> assertThat(refused.messageKey()).isEqualTo("notifications.compilations.rule.nothing"));
		record(notification, AddresseeKind.COUNTRY, "AU", List.of(), "en", "Views.", false);
		record(notification, AddresseeKind.COUNTRY, "PL", List.of(), "pl", "Opinie.", false);

		ContributionsSummary summary = asOfficer(() -> this.compilations.summary(notification.id()));
		assertThat(summary.en()).isEqualTo("Contributions were received from the Governments of Australia and Poland.");
		assertThat(summary.fr())
			.isEqualTo("Des contributions ont été reçues des Gouvernements de l’Australie et de la Pologne.");
		assertThat(summary.es()).isEqualTo("Se recibieron contribuciones de los Gobiernos de Australia y Polonia.");
		assertThatThrownBy(() -> this.compilations.summary(notification.id()))
			.isInstanceOf(AccessDeniedException.class);
	}

	@Test
	void theSecretariatCompilesOnItsPageAndTheApiAndThePublicReadsOnlyWhatIsPublished() {
		NotificationView notification = asOfficer(() -> {
			NotificationView draft = this.notifications.draft(new NotificationDetails("CMS",
					LocalDate.now().minusDays(20), null, "Pages " + this.year, "Pages", "Páginas", "Text", "Texte",
					"Texto", null, null, null, Set.of(), List.of("AU", "PL"), List.of(), List.of()), Map.of());
			return this.notifications.issue(draft.id(), draft.version());
		});
		ContributionView australia = record(notification, AddresseeKind.COUNTRY, "AU", List.of(), "en",
				"Views of Australia.", false);
		ContributionView poland = record(notification, AddresseeKind.COUNTRY, "PL", List.of(), "pl", "Poufne.", true);
		String page = "/notifications/" + notification.slug();
		String api = "/api/v1/notifications/" + notification.id();

		assertThat(this.mvc.get().uri(page + "/compilations").with(TestAccounts.as(this.officer))).hasStatusOk()
			.bodyText()
			.contains("Contributions were received from the Governments of Australia and Poland.",
					"Des contributions ont été reçues des Gouvernements de l’Australie et de la Pologne.");
		assertThat(this.mvc.get().uri(page + "/compilations")).hasStatus3xxRedirection();
		assertThat(this.mvc.get()
			.uri(api + "/summary")
			.header("Authorization", "Bearer " + this.accounts.apiToken(this.officer))).hasStatusOk()
			.bodyJson()
			.extractingPath("$.es")
			.isEqualTo("Se recibieron contribuciones de los Gobiernos de Australia y Polonia.");
		assertThat(this.mvc.get().uri(api + "/summary")).hasStatus(401);

		assertThat(this.mvc.post()
			.uri(page + "/compilations")
			.with(TestAccounts.as(this.officer))
			.with(csrf())
			.param("symbol", "")
			.param("language", "FR")).hasStatus3xxRedirection().hasRedirectedUrl(page + "/compilations");
		assertThat(this.mvc.post()
			.uri(api + "/compilations")
			.header("Authorization", "Bearer " + this.accounts.apiToken(this.officer))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"symbol\": \"UNEP/CMS/COP13/Inf.P" + this.year + "\", \"language\": \"fr\"}")).hasStatus(201);
		NotificationCompilation queued = asOfficer(() -> this.compilations.of(notification.id())).get(0);
		assertThat(queued.contributions()).containsExactly(australia.id());
		NotificationCompilation done = written(notification, queued);
		assertThat(this.mvc.get()
			.uri(page + "/compilations/" + done.id())
			.with(TestAccounts.as(this.officer))
			.header("HX-Request", "true")).hasStatusOk().bodyText().contains("Written", "Download (DOCX)");

		assertThat(this.mvc.get().uri(api + "/compilations")).hasStatusOk()
			.bodyJson()
			.extractingPath("$.length()")
			.isEqualTo(0);
		assertThat(this.mvc.get().uri(api + "/compilations/" + done.id() + "/pdf")).hasStatus(404);
		assertThat(this.mvc.get().uri(page + "/compiled/" + australia.id())).hasStatus(404);
		assertThat(this.mvc.get().uri(api + "/compiled-contributions")).hasStatusOk()
			.bodyJson()
			.extractingPath("$.length()")
			.isEqualTo(0);

		assertThat(this.mvc.post()
			.uri(page + "/compilations/" + done.id() + "/publish")
			.with(TestAccounts.as(this.officer))
			.with(csrf())
			.param("version", String.valueOf(done.version()))).hasStatus3xxRedirection();
		assertThat(this.mvc.get().uri(page)).hasStatusOk().bodyText().contains(done.symbol(), "Australia");
		assertThat(this.mvc.get().uri(page + "/compiled/" + australia.id())).hasStatusOk()
			.bodyText()
			.contains("Views of Australia.", done.symbol());
		assertThat(this.mvc.get().uri(page + "/compiled/" + poland.id())).hasStatus(404);
		assertThat(this.mvc.get().uri(page + "/contributions/" + poland.id())).hasStatus3xxRedirection();
		assertThat(this.mvc.get().uri(api + "/compiled-contributions")).hasStatusOk()
			.bodyJson()
			.extractingPath("$[*].text")
			.isEqualTo(List.of("Views of Australia."));
		assertThat(this.mvc.get().uri(api + "/compilations/" + done.id() + "/docx")).hasStatusOk()
			.hasContentType("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
	}

	private ContributionView record(NotificationView notification, AddresseeKind kind, String sender,
			List<UUID> onBehalf, String language, String text, boolean withheld) {
		return asOfficer(() -> this.contributions.record(notification.id(),
				new ContributionDetails(kind, sender, List.of(), onBehalf, language, text, withheld,
						ContributionChannel.EMAIL, LocalDate.now().minusDays(1), TestAccounts.uniqueEmail("sender")),
				List.of()));
	}

	/** A courtesy translation as the translation workflow records it. */
	private void translation(ContributionView contribution, Language language, TranslationStatus status, String text) {
		this.jdbc.sql("""
				INSERT INTO notification_translation (id, contribution_id, language, status, body, of_revision,
				    updated_at, version)
				VALUES (:id, :contribution, :language, :status, :body, :revision, :now, 0)""")
			.param("id", UUID.randomUUID())
			.param("contribution", contribution.id())
			.param("language", language.name())
			.param("status", status.name())
			.param("body", text)
			.param("revision", contribution.revision())
			.param("now", java.sql.Timestamp.from(Instant.now()))
			.update();
	}

	private NotificationCompilation written(NotificationView notification, NotificationCompilation queued) {
		return await().atMost(Duration.ofSeconds(60))
			.pollInterval(Duration.ofMillis(50))
			.until(() -> asOfficer(() -> this.compilations.require(notification.id(), queued.id())),
					compilation -> compilation.status().isFinished());
	}

	private <T> T asOfficer(Supplier<T> action) {
		return TestAccounts.runAs(this.officer, action);
	}

	private static String normalized(String text) {
		return text.replace('\u202f', ' ').replace('\u00a0', ' ').replaceAll("\\s+", " ");
	}

}
