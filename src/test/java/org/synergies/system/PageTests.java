package org.synergies.system;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.synergies.accounts.AccountView;
import org.synergies.accounts.Role;
import org.synergies.shared.Language;
import org.synergies.support.TestAccounts;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The page frame every visitor sees: in their language, switchable and remembered, with
 * the security headers, and without a session just for reading.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PageTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestAccounts fixtures;

	@Test
	void theHomePageSpeaksTheBrowsersLanguage() {
		assertThat(this.mvc.get().uri("/").header(HttpHeaders.ACCEPT_LANGUAGE, "fr-CH, de;q=0.8")).hasStatusOk()
			.hasHeader(HttpHeaders.CONTENT_LANGUAGE, "fr")
			.bodyText()
			.contains("<html lang=\"fr\">", "Des partenariats pour les espèces migratrices");
		assertThat(this.mvc.get().uri("/").header(HttpHeaders.ACCEPT_LANGUAGE, "es-AR")).bodyText()
			.contains("Asociaciones para las especies migratorias");
	}

	@Test
	void aLanguageCmsDoesNotWorkInFallsBackToEnglish() {
		assertThat(this.mvc.get().uri("/").header(HttpHeaders.ACCEPT_LANGUAGE, "de-DE"))
			.hasHeader(HttpHeaders.CONTENT_LANGUAGE, "en")
			.bodyText()
			.contains("Partnerships for migratory species");
		assertThat(this.mvc.get().uri("/?lang=de")).bodyText().contains("<html lang=\"en\">");
	}

	@Test
	void theSwitcherChangesTheLanguageAndTheCookieRemembersIt() {
		MvcTestResult switched = this.mvc.get().uri("/?lang=es").header(HttpHeaders.ACCEPT_LANGUAGE, "en").exchange();
		assertThat(switched).bodyText().contains("Asociaciones para las especies migratorias");
		Cookie cookie = switched.getResponse().getCookie("synergies-lang");
		assertThat(cookie).isNotNull();
		assertThat(cookie.getValue()).isEqualTo("es");
		assertThat(cookie.getSecure()).isTrue();
		assertThat(cookie.isHttpOnly()).isTrue();

		assertThat(this.mvc.get().uri("/login").cookie(cookie).header(HttpHeaders.ACCEPT_LANGUAGE, "fr")).bodyText()
			.contains("Iniciar sesión");
	}

	@Test
	void everyLanguageLinkKeepsThePageAndItsQuery() {
		assertThat(this.mvc.get().uri("/password/forgot?sent")).bodyText()
			.contains("href=\"/password/forgot?sent&amp;lang=fr\"", "href=\"/password/forgot?sent&amp;lang=es\"");
	}

	@Test
	void pagesCarryTheSecurityHeaders() {
		assertThat(this.mvc.get().uri("/")).hasHeader("X-Content-Type-Options", "nosniff")
			.hasHeader("X-Frame-Options", "DENY")
			.headers()
			.hasValue("Content-Security-Policy",
					"default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; "
							+ "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'");
	}

	@Test
	void readingAPublicPageOpensNoSession() {
		MvcTestResult home = this.mvc.get().uri("/").exchange();
		assertThat(home).hasStatusOk();
		assertThat(home.getResponse().getHeaders(HttpHeaders.SET_COOKIE))
			.noneMatch(c -> c.startsWith("SYNERGIES_SESSION"));
	}

	@Test
	void anUnknownPageIsA404ForASignedInPerson() {
		AccountView account = this.fixtures.active(Language.FR, Role.SECRETARIAT_OFFICER);
		assertThat(this.mvc.get()
			.uri("/no/such/page")
			.with(TestAccounts.as(account))
			.header(HttpHeaders.ACCEPT_LANGUAGE, "fr")
			.accept("text/html")).hasStatus(404);
	}

	@Test
	void theLayoutHasLandmarksAndASkipLink() {
		assertThat(this.mvc.get().uri("/")).bodyText()
			.contains("<a class=\"skip-link\" href=\"#main\">", "<header", "<main id=\"main\"", "<footer",
					"aria-label=\"Main navigation\"", "aria-current=\"true\"");
	}

	@Test
	void theHomePageOffersWhatIsBuiltAndPromisesNothingElse() {
		assertThat(this.mvc.get().uri("/").header(HttpHeaders.ACCEPT_LANGUAGE, "en")).bodyText()
			.contains("<a href=\"/organizations\">A registry of partner organizations",
					"<a href=\"/accreditation\">The special accreditation of NGO partners",
					"<a href=\"/reporting\">Civil-society reports", "<a href=\"/meetings\">The meetings",
					"<a href=\"/notifications\">Notifications</a>")
			.doesNotContainIgnoringCase("campaign")
			.doesNotContainIgnoringCase("work plan")
			.doesNotContainIgnoringCase("funding");
	}

	@Test
	void everyPageNamesItsIconSoBrowsersAskForNoOther() {
		assertThat(this.mvc.get().uri("/")).bodyText()
			.contains("<link rel=\"icon\" type=\"image/svg+xml\" href=\"/assets/favicon.svg\">");
		assertThat(this.mvc.get().uri("/assets/favicon.svg")).hasStatusOk().hasContentType("image/svg+xml");
	}

}
