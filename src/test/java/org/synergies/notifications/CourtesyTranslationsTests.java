package org.synergies.notifications;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.security.access.AccessDeniedException;
import org.synergies.accounts.AccountDetails;
import org.synergies.accounts.AccountView;
import org.synergies.accounts.Role;
import org.synergies.audit.AuditEntry;
import org.synergies.audit.AuditTrail;
import org.synergies.files.SampleFiles;
import org.synergies.files.StoredFiles;
import org.synergies.messaging.Outbox;
import org.synergies.messaging.SentMail;
import org.synergies.organizations.OrganizationView;
import org.synergies.shared.FieldProblem;
import org.synergies.shared.InvalidInputException;
import org.synergies.shared.Language;
import org.synergies.shared.NotFoundException;
import org.synergies.shared.RejectedUploadException;
import org.synergies.shared.RuleViolationException;
import org.synergies.support.DatabaseTest;
import org.synergies.support.TestAccounts;
import org.synergies.support.TestOrganizations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * Courtesy translations of a contribution: requested of a translator (an account with the
 * translator role, or an external address) by a due date, started, submitted as text or
 * file, checked, reopened, not needed; each step audited, the translator and the
 * Secretariat written to; bad input named field by field; who may do and see what. Runs
 * on H2 and, as a {@link DatabaseTest}, on PostgreSQL.
 */
@SpringBootTest
@AutoConfigureMockMvc
@DatabaseTest
class CourtesyTranslationsTests {

	@Autowired
	Notifications notifications;

	@Autowired
	Contributions contributions;

	@Autowired
	TranslationRequests translations;

	@Autowired
	CourtesyTranslations readModel;

	@Autowired
	StoredFiles files;

	@Autowired
	TestAccounts accounts;

	@Autowired
	TestOrganizations organizations;

	@Autowired
	Outbox outbox;

	@Autowired
	AuditTrail audit;

	AccountView officer;

	AccountView translator;

	AccountView member;

	ContributionView contribution;

	NotificationView issued;

	@Autowired
	MockMvcTester mvc;

	LocalDate inTwoWeeks = LocalDate.now().plusDays(14);

	@BeforeEach
	void scene() {
		this.officer = this.accounts.active(Language.EN, Role.SECRETARIAT_OFFICER);
		this.translator = this.accounts.active(new AccountDetails(TestAccounts.uniqueEmail("translator"),
				"Thérèse Traductrice", Language.FR, Set.of(Role.TRANSLATOR), Set.of(), null));
		OrganizationView ngo = this.organizations.ngo();
		this.member = this.accounts.active(new AccountDetails(TestAccounts.uniqueEmail("member"), "Member", Language.ES,
				Set.of(Role.ORGANIZATION_MEMBER), Set.of(ngo.id()), null));
		int year = 2200 + ThreadLocalRandom.current().nextInt(7000);
		NotificationView issued = asOfficer(() -> {
			NotificationView draft = this.notifications.draft(new NotificationDetails("AEWA", LocalDate.now(),
					LocalDate.now().plusDays(30), "Title " + year, "Titre " + year, "Título " + year, "Text", "Texte",
					"Texto", null, null, null, Set.of(), List.of(), List.of(ngo.id()), List.of()), Map.of());
			return this.notifications.issue(draft.id(), draft.version());
		});
		this.issued = issued;
		this.contribution = TestAccounts
			.runAs(this.member,
					() -> this.contributions.answer(issued.id(),
							new ContributionDetails(AddresseeKind.ORGANIZATION, ngo.id().toString(), List.of(),
									List.of(), "en", "Our views on civil society.", false, null, null, null),
							List.of()));
	}

	@Test
	void everyStepFromRequestToCheckIsRecordedAuditedAndWrittenAbout() {
		CourtesyTranslation requested = asOfficer(() -> this.translations.act(this.contribution.id(), Language.FR,
				request(0, this.translator.id(), null, this.inTwoWeeks), null));
		assertThat(requested.status()).isEqualTo(TranslationStatus.REQUESTED);
		assertThat(requested.translatorName()).isEqualTo("Thérèse Traductrice");
		assertThat(requested.dueOn()).isEqualTo(this.inTwoWeeks);
		assertThat(this.outbox.sentTo(this.translator.email())).extracting(SentMail::template, SentMail::language)
			.contains(org.assertj.core.groups.Tuple.tuple("notification-translation-requested", Language.FR));

		CourtesyTranslation started = asTranslator(() -> this.translations.act(this.contribution.id(), Language.FR,
				TranslationStep.of(TranslationAction.START, requested.version()), null));
		CourtesyTranslation received = asTranslator(() -> this.translations.act(this.contribution.id(), Language.FR,
				submit(started.version(), "Notre avis sur la société civile."), null));
		assertThat(received.status()).isEqualTo(TranslationStatus.RECEIVED);
		assertThat(received.text()).isEqualTo("Notre avis sur la société civile.");
		assertThat(this.outbox.sentTo(this.officer.email())).extracting(SentMail::template)
			.contains("notification-translation-submitted");

		CourtesyTranslation reopened = asOfficer(() -> this.translations.act(this.contribution.id(), Language.FR,
				TranslationStep.of(TranslationAction.REOPEN, received.version()), null));
		assertThat(reopened.status()).isEqualTo(TranslationStatus.IN_PROGRESS);
		CourtesyTranslation again = asTranslator(() -> this.translations.act(this.contribution.id(), Language.FR,
				submit(reopened.version(), "Notre point de vue sur la société civile."), null));
		CourtesyTranslation checked = asOfficer(() -> this.translations.act(this.contribution.id(), Language.FR,
				TranslationStep.of(TranslationAction.CHECK, again.version()), null));

		assertThat(checked.status()).isEqualTo(TranslationStatus.CHECKED);
		assertThat(this.readModel.ofContribution(this.contribution.id())).singleElement()
			.extracting(CourtesyTranslation::text)
			.isEqualTo("Notre point de vue sur la société civile.");
		assertThat(asOfficer(() -> this.audit.historyOf(TranslationRequests.AUDITED_AS, checked.id())))
			.extracting(AuditEntry::action)
			.containsExactly("check", "submit", "reopen", "submit", "start", "request");
	}

	@Test
	void anExternalTranslatorIsWrittenToInTheLanguageTheyTranslateIntoWithTheText() {
		String email = TestAccounts.uniqueEmail("external");
		asOfficer(() -> this.translations.act(this.contribution.id(), Language.ES,
				request(0, null, email, this.inTwoWeeks), null));

		assertThat(this.outbox.sentTo(email)).singleElement().satisfies(mail -> {
			assertThat(mail.language()).isEqualTo(Language.ES);
			assertThat(mail.subject()).contains("traducción de cortesía al español");
			assertThat(mail.body()).contains("Our views on civil society.");
		});
	}

	@Test
	void theSecretariatRecordsATranslatedFileAndSaysWhatIsNotNeeded() {
		CourtesyTranslation requested = asOfficer(() -> this.translations.act(this.contribution.id(), Language.ES,
				request(0, null, TestAccounts.uniqueEmail("external"), this.inTwoWeeks), null));
		CourtesyTranslation received = asOfficer(() -> this.translations.act(this.contribution.id(), Language.ES,
				submit(requested.version(), null), new Upload("traduccion.pdf", SampleFiles.pdf())));
		CourtesyTranslation notNeeded = asOfficer(() -> this.translations.act(this.contribution.id(), Language.FR,
				TranslationStep.of(TranslationAction.NOT_NEEDED, 0), null));

		assertThat(received.file()).isNotNull();
		assertThat(asOfficer(() -> this.translations.file(this.contribution.id(), Language.ES))).isPresent();
		assertThat(notNeeded.status()).isEqualTo(TranslationStatus.NOT_NEEDED);
	}

	@Test
	void badInputIsNamedAndNothingIsSaved() {
		assertThatThrownBy(() -> asOfficer(() -> this.translations.act(this.contribution.id(), Language.EN,
				request(0, this.translator.id(), null, this.inTwoWeeks), null)))
			.isInstanceOf(RuleViolationException.class)
			.hasMessage("notifications.translations.rule.source-language");
		assertThat(problems(() -> this.translations.act(this.contribution.id(), Language.FR,
				request(0, this.translator.id(), null, LocalDate.now().minusDays(1)), null)))
			.extracting(FieldProblem::field, FieldProblem::messageKey)
			.containsExactly(
					org.assertj.core.groups.Tuple.tuple("dueOn", "notifications.translations.problem.due-past"));
		assertThat(problems(() -> this.translations.act(this.contribution.id(), Language.FR,
				request(0, this.member.id(), null, this.inTwoWeeks), null)))
			.extracting(FieldProblem::messageKey)
			.containsExactly("notifications.translations.problem.not-translator");
		assertThat(problems(() -> this.translations.act(this.contribution.id(), Language.FR,
				request(0, null, "not an address", null), null)))
			.extracting(FieldProblem::messageKey)
			.containsExactly("notifications.translations.problem.translator",
					"notifications.translations.problem.due-on");
		assertThat(this.readModel.ofContribution(this.contribution.id())).isEmpty();

		CourtesyTranslation requested = asOfficer(() -> this.translations.act(this.contribution.id(), Language.FR,
				request(0, this.translator.id(), null, this.inTwoWeeks), null));
		assertThat(problems(() -> this.translations.act(this.contribution.id(), Language.FR,
				submit(requested.version(), " "), null)))
			.extracting(FieldProblem::messageKey)
			.containsExactly("notifications.translations.problem.empty");
		assertThatThrownBy(() -> asOfficer(() -> this.translations.act(this.contribution.id(), Language.FR,
				submit(requested.version(), null), new Upload("traduction.pdf", SampleFiles.png()))))
			.isInstanceOf(RejectedUploadException.class);
		byte[] oversized = new byte[(int) this.files.maxBytes() + 1];
		System.arraycopy(SampleFiles.pdf(), 0, oversized, 0, SampleFiles.pdf().length);
		assertThatThrownBy(() -> asOfficer(() -> this.translations.act(this.contribution.id(), Language.FR,
				submit(requested.version(), null), new Upload("traduction.pdf", oversized))))
			.isInstanceOf(RejectedUploadException.class)
			.hasMessage("files.rule.too-large");
		assertThatThrownBy(() -> asOfficer(() -> this.translations.act(this.contribution.id(), Language.FR,
				TranslationStep.of(TranslationAction.CHECK, requested.version()), null)))
			.hasMessage("notifications.translations.rule.not-allowed");
		assertThat(this.readModel.ofContribution(this.contribution.id())).singleElement()
			.extracting(CourtesyTranslation::status, CourtesyTranslation::version)
			.containsExactly(TranslationStatus.REQUESTED, requested.version());
	}

	@Test
	void aStepOnAVersionChangedMeanwhileIsAConflict() {
		CourtesyTranslation requested = asOfficer(() -> this.translations.act(this.contribution.id(), Language.FR,
				request(0, this.translator.id(), null, this.inTwoWeeks), null));
		asTranslator(() -> this.translations.act(this.contribution.id(), Language.FR,
				TranslationStep.of(TranslationAction.START, requested.version()), null));

		assertThatThrownBy(() -> asOfficer(() -> this.translations.act(this.contribution.id(), Language.FR,
				TranslationStep.of(TranslationAction.NOT_NEEDED, requested.version()), null)))
			.isInstanceOf(OptimisticLockingFailureException.class);
		assertThatThrownBy(() -> asOfficer(() -> this.translations.act(this.contribution.id(), Language.FR,
				request(0, this.translator.id(), null, this.inTwoWeeks), null)))
			.as("a first step recorded meanwhile")
			.isInstanceOf(OptimisticLockingFailureException.class);
	}

	@Test
	void aTranslatorSeesAndDoesOnlyWhatIsAssignedToThem() {
		AccountView another = this.accounts.active(new AccountDetails(TestAccounts.uniqueEmail("translator"),
				"Another Translator", Language.EN, Set.of(Role.TRANSLATOR), Set.of(), null));
		CourtesyTranslation requested = asOfficer(() -> this.translations.act(this.contribution.id(), Language.FR,
				request(0, this.translator.id(), null, this.inTwoWeeks), null));

		assertThat(asTranslator(() -> this.translations.assignments())).extracting(a -> a.translation().id())
			.containsExactly(requested.id());
		assertThat(asTranslator(() -> this.translations.assignment(requested.id()).contribution().text()))
			.isEqualTo("Our views on civil society.");
		assertThat(TestAccounts.runAs(another, () -> this.translations.assignments())).isEmpty();
		assertThatThrownBy(() -> TestAccounts.runAs(another, () -> this.translations.assignment(requested.id())))
			.isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> TestAccounts.runAs(another,
				() -> this.translations.act(this.contribution.id(), Language.FR,
						TranslationStep.of(TranslationAction.START, requested.version()), null)))
			.isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> asTranslator(() -> this.translations.act(this.contribution.id(), Language.FR,
				TranslationStep.of(TranslationAction.NOT_NEEDED, requested.version()), null)))
			.as("the Secretariat's step")
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> TestAccounts.runAs(this.member, () -> this.translations.assignment(requested.id())))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> TestAccounts.runAs(this.member,
				() -> this.translations.act(this.contribution.id(), Language.ES,
						request(0, this.translator.id(), null, this.inTwoWeeks), null)))
			.isInstanceOf(AccessDeniedException.class);
	}

	@Test
	void theSenderSeesTheTranslationsOnceReceivedAndNotTheTranslatorsAddress() {
		CourtesyTranslation requested = asOfficer(() -> this.translations.act(this.contribution.id(), Language.FR,
				request(0, this.translator.id(), null, this.inTwoWeeks), null));
		assertThat(TestAccounts.runAs(this.member, () -> this.translations.of(this.contribution.id()))).isEmpty();

		asTranslator(() -> this.translations.act(this.contribution.id(), Language.FR,
				submit(requested.version(), "Notre avis."), null));

		assertThat(TestAccounts.runAs(this.member, () -> this.translations.of(this.contribution.id()))).singleElement()
			.satisfies(translation -> {
				assertThat(translation.text()).isEqualTo("Notre avis.");
				assertThat(translation.translatorEmail()).isNull();
			});
		AccountView stranger = this.accounts.active(Language.EN, Role.NATIONAL_FOCAL_POINT);
		assertThatThrownBy(() -> TestAccounts.runAs(stranger, () -> this.translations.of(this.contribution.id())))
			.isInstanceOf(AccessDeniedException.class);
	}

	@Test
	void theSecretariatRequestsFromThePanelAndTheSenderSeesTheLabelledTranslation() {
		String url = "/notifications/" + this.issued.ref() + "/contributions/" + this.contribution.id();
		assertThat(this.mvc.get().uri(url).with(TestAccounts.as(this.officer))).hasStatusOk()
			.bodyText()
			.contains("Courtesy translations", "Into French", "Into Spanish", "Not decided yet")
			.doesNotContain("Into English");

		assertThat(this.mvc.post()
			.uri(url + "/translations/fr")
			.header("HX-Request", "true")
			.with(TestAccounts.as(this.officer))
			.with(csrf())
			.param("action", "request")
			.param("version", "0")
			.param("translatorAccount", this.translator.id().toString())
			.param("dueOn", LocalDate.now().minusDays(1).toString())).hasStatusOk()
			.bodyText()
			.contains("The due date cannot be in the past.")
			.doesNotContain("<html");
		assertThat(this.mvc.post()
			.uri(url + "/translations/fr")
			.header("HX-Request", "true")
			.with(TestAccounts.as(this.officer))
			.with(csrf())
			.param("action", "request")
			.param("version", "0")
			.param("translatorAccount", this.translator.id().toString())
			.param("dueOn", this.inTwoWeeks.toString())).hasStatusOk()
			.bodyText()
			.contains("The translation has been updated.", "Requested", "Thérèse Traductrice");
		assertThat(this.mvc.post()
			.uri(url + "/translations/en")
			.header("HX-Request", "true")
			.with(TestAccounts.as(this.officer))
			.with(csrf())
			.param("action", "not-needed")
			.param("version", "0")).hasStatusOk()
			.bodyText()
			.contains("A contribution is not translated into the language it is written in.");

		CourtesyTranslation requested = this.readModel.ofContribution(this.contribution.id()).get(0);
		asTranslator(() -> this.translations.act(this.contribution.id(), Language.FR,
				submit(requested.version(), "Notre avis sur la société civile."), null));
		assertThat(this.mvc.get().uri(url).with(TestAccounts.as(this.member))).hasStatusOk()
			.bodyText()
			.contains("Courtesy translation", "Notre avis sur la société civile.")
			.doesNotContain(this.translator.email());
	}

	@Test
	void theTranslatorOpensTheOriginalAndSendsTheTranslation() {
		CourtesyTranslation requested = asOfficer(() -> this.translations.act(this.contribution.id(), Language.FR,
				request(0, this.translator.id(), null, this.inTwoWeeks), null));
		assertThat(this.mvc.get().uri("/translations").with(TestAccounts.as(this.translator))).hasStatusOk()
			.bodyText()
			.contains(this.issued.number());
		assertThat(this.mvc.get().uri("/translations/" + requested.id()).with(TestAccounts.as(this.translator)))
			.hasStatusOk()
			.bodyText()
			.contains("Our views on civil society.");

		assertThat(this.mvc.post()
			.uri("/translations/" + requested.id())
			.with(TestAccounts.as(this.translator))
			.with(csrf())
			.param("action", "submit")
			.param("version", String.valueOf(requested.version()))
			.param("text", "Notre avis.")).hasStatus3xxRedirection()
			.hasRedirectedUrl("/translations/" + requested.id() + "?submitted");
		assertThat(this.readModel.ofContribution(this.contribution.id())).singleElement()
			.extracting(CourtesyTranslation::status)
			.isEqualTo(TranslationStatus.RECEIVED);

		AccountView another = this.accounts.active(Language.EN, Role.TRANSLATOR);
		assertThat(this.mvc.get().uri("/translations/" + requested.id()).with(TestAccounts.as(another))).hasStatus(404);
		assertThat(this.mvc.get().uri("/translations/" + requested.id()).with(TestAccounts.as(this.member)))
			.hasStatus(403);
	}

	@Test
	void theApiTakesStepsAndAnswersConflictsAndBadInput() {
		String base = "/api/v1/notifications/" + this.issued.id() + "/contributions/" + this.contribution.id()
				+ "/translations";
		String officerToken = this.accounts.apiToken(this.officer);
		assertThat(this.mvc.post()
			.uri(base + "/es")
			.header("Authorization", "Bearer " + officerToken)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"action\": \"request\", \"version\": 0, \"translatorEmail\": \"lucia@example.org\", "
					+ "\"translatorName\": \"Lucía\", \"dueOn\": \"" + this.inTwoWeeks + "\"}"))
			.hasStatusOk()
			.bodyJson()
			.extractingPath("$.status")
			.isEqualTo("REQUESTED");
		assertThat(this.mvc.post()
			.uri(base + "/es")
			.header("Authorization", "Bearer " + officerToken)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"action\": \"not-needed\", \"version\": 0}")).hasStatus(409);
		assertThat(this.mvc.post()
			.uri(base + "/fr")
			.header("Authorization", "Bearer " + officerToken)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"action\": \"request\", \"version\": 0, \"translatorEmail\": \"lucia@example.org\", "
					+ "\"dueOn\": \"2000-01-01\"}"))
			.hasStatus4xxClientError()
			.bodyText()
			.contains("dueOn");
		assertThat(this.mvc.post()
			.uri(base + "/es/files")
			.multipart()
			.file(new MockMultipartFile("file", "traduccion.pdf", "application/pdf", SampleFiles.docx()))
			.param("version", "1")
			.header("Authorization", "Bearer " + officerToken)).hasStatus4xxClientError();
		assertThat(this.mvc.post()
			.uri(base + "/es/files")
			.multipart()
			.file(new MockMultipartFile("file", "traduccion.docx", "application/octet-stream", SampleFiles.docx()))
			.param("version", "1")
			.header("Authorization", "Bearer " + officerToken)).hasStatusOk()
			.bodyJson()
			.extractingPath("$.status")
			.isEqualTo("RECEIVED");

		assertThat(this.mvc.get().uri(base).header("Authorization", "Bearer " + this.accounts.apiToken(this.member)))
			.hasStatusOk()
			.bodyText()
			.contains("RECEIVED", "Lucía")
			.doesNotContain("lucia@example.org");
	}

	static TranslationStep request(long version, UUID account, String email, LocalDate dueOn) {
		return new TranslationStep(TranslationAction.REQUEST, version, account, email, null, dueOn, null);
	}

	static TranslationStep submit(long version, String text) {
		return new TranslationStep(TranslationAction.SUBMIT, version, null, null, null, null, text);
	}

	private <T> T asOfficer(Supplier<T> action) {
		return TestAccounts.runAs(this.officer, action);
	}

	private <T> T asTranslator(Supplier<T> action) {
		return TestAccounts.runAs(this.translator, action);
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
