package org.synergies.journeys;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.Set;

import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.synergies.accounts.AccountDetails;
import org.synergies.accounts.AccountView;
import org.synergies.accounts.Role;
import org.synergies.notifications.ContributionView;
import org.synergies.notifications.Contributions;
import org.synergies.notifications.NotificationView;
import org.synergies.notifications.Notifications;
import org.synergies.organizations.OrganizationView;
import org.synergies.shared.CountryCode;
import org.synergies.shared.Language;
import org.synergies.support.Browser;
import org.synergies.support.TestAccounts;
import org.synergies.support.TestOrganizations;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A notification in a real browser, as the issue tells it: the Secretariat issues a
 * notification in English, France's focal point answers in French, an NGO answers for
 * itself and two other organizations, the Secretariat records a courtesy translation an
 * external translator made, and the Secretariat compiles the contributions "as received"
 * in Spanish and downloads the document. Every page is checked with axe.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
class NotificationJourneyTests {

	@LocalServerPort
	int port;

	@Autowired
	TestAccounts accounts;

	@Autowired
	TestOrganizations organizations;

	@Autowired
	Notifications notifications;

	@Autowired
	Contributions contributions;

	@Test
	void theSecretariatIssuesFocalPointsAndNgosAnswerAndTheCompilationIsDownloadedInSpanish() throws Exception {
		AccountView officer = this.accounts.active(Language.EN, Role.SECRETARIAT_OFFICER);
		AccountView focalPoint = this.accounts.active(new AccountDetails(TestAccounts.uniqueEmail("nfp-fr"),
				"Focal Point", Language.FR, Set.of(Role.NATIONAL_FOCAL_POINT), Set.of(), CountryCode.of("FR")));
		OrganizationView ngo = this.organizations.ngo();
		OrganizationView second = this.organizations.ngo();
		OrganizationView third = this.organizations.ngo();
		AccountView member = this.accounts.active(new AccountDetails(TestAccounts.uniqueEmail("ngo"), "Member",
				Language.EN, Set.of(Role.ORGANIZATION_MEMBER), Set.of(ngo.id()), null));
		String title = "Civil society and the CMS Family " + TestOrganizations.unique();
		String symbol = "UNEP/CMS/COP13/Inf." + TestOrganizations.unique();

		try (Browser browser = Browser.open(this.port)) {
			// The Secretariat drafts the notification in English (and its translations)
			// and issues it.
			browser.signIn(officer.email(), TestAccounts.PASSWORD).go("/notifications/new");
			browser.assertAccessible();
			browser.date("dated", LocalDate.now())
				.date("deadline", LocalDate.now().plusDays(30))
				.type("titleEn", title)
				.type("titleFr", "La société civile et la famille de la CMS")
				.type("titleEs", "La sociedad civil y la familia de la CMS")
				.type("textEn", "Parties and organizations are invited to share their views.")
				.type("textFr", "Les Parties et les organisations sont invitées à faire part de leurs vues.")
				.type("textEs", "Se invita a las Partes y a las organizaciones a dar a conocer sus opiniones.")
				.type("countries", "FR")
				.choose("organizations", ngo.officialName())
				.click("Save");
			browser.click("Issue the notification");
			assertThat(browser.heading()).startsWith("Notification No. ");
			String page = browser.path().replaceAll("[?#].*", "");
			NotificationView notification = this.notifications.published()
				.stream()
				.filter(issued -> title.equals(issued.titleEn()))
				.findFirst()
				.orElseThrow();
			browser.assertAccessible();
			browser.forgetSession();

			// France's focal point answers in French.
			browser.signIn(focalPoint.email(), TestAccounts.PASSWORD).go(page);
			assertThat(browser.language()).isEqualTo("fr");
			browser.click("Répondre à cette notification");
			browser.assertAccessible();
			browser.type("language", "fr")
				.type("text", "La France soutient une coopération plus étroite avec la société civile.")
				.click("Envoyer la contribution");
			browser.forgetSession();

			// The NGO answers for itself and two other organizations.
			browser.signIn(member.email(), TestAccounts.PASSWORD).go(page + "/contribute");
			browser.choose("onBehalfOrganizations", second.officialName())
				.choose("onBehalfOrganizations", third.officialName())
				.type("language", "en")
				.type("text", "Our three organizations welcome the review.")
				.click("Send the contribution");
			browser.forgetSession();
			assertThat(TestAccounts.runAs(officer, () -> this.contributions.of(notification.id())))
				.extracting(ContributionView::language)
				.containsExactlyInAnyOrder("fr", "en");

			// The Secretariat records the courtesy translation of the French contribution
			// into
			// English, made by an external translator.
			ContributionView french = TestAccounts.runAs(officer, () -> this.contributions.of(notification.id()))
				.stream()
				.filter(contribution -> contribution.language().equals("fr"))
				.findFirst()
				.orElseThrow();
			browser.signIn(officer.email(), TestAccounts.PASSWORD).go(page + "/contributions/" + french.id());
			browser.type("translator-email-en", TestAccounts.uniqueEmail("translator"))
				.type("translator-name-en", "Claire Translator")
				.date("due-en", LocalDate.now().plusDays(7))
				.click("Request the translation");
			browser.waitForText("Record the translation as received");
			browser.type("text-en", "France supports closer cooperation with civil society.")
				.click("Record the translation as received");
			browser.waitForText("Received, to be checked");
			browser.assertAccessible();

			// The Secretariat compiles the contributions in Spanish and downloads the
			// document.
			browser.go(page);
			browser.click("Compilations");
			assertThat(browser.text()).contains("Contributions were received from the Government of France and from "
					+ ngo.officialName() + ", also on behalf of ", second.officialName(), third.officialName());
			browser.assertAccessible();
			browser.type("symbol", symbol).choose("language", "Español").click("Compile");
			browser.waitForLink("Download (DOCX)");
			browser.assertAccessible();
			String text;
			try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(browser.download("Download (DOCX)")));
					XWPFWordExtractor extractor = new XWPFWordExtractor(docx)) {
				text = extractor.getText().replace('\u00a0', ' ');
			}
			assertThat(text).contains(symbol, "Nota de la Secretaría", "del Gobierno de Francia",
					"La France soutient une coopération plus étroite avec la société civile.",
					"Traducción de cortesía (inglés)", "France supports closer cooperation with civil society.",
					"Our three organizations welcome the review.", third.officialName());
			assertThat(browser.download("Download (PDF)")).startsWith("%PDF".getBytes());
		}
	}

}
