package org.synergies.accounts;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.synergies.shared.Language;
import org.synergies.support.DatabaseTest;
import org.synergies.support.TestAccounts;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest
@AutoConfigureMockMvc
@DatabaseTest
class AccountApiTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestAccounts fixtures;

	@Autowired
	AccountManagement accounts;

	@Autowired
	PersonalTokens tokens;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aTokenSaysWhoItBelongsTo() {
		AccountView focalPoint = this.fixtures.active(Language.FR, Role.NATIONAL_FOCAL_POINT);
		String token = this.fixtures.apiToken(focalPoint);

		assertThat(this.mvc.get().uri("/api/v1/me").header("Authorization", "Bearer " + token)).hasStatusOk()
			.bodyJson()
			.hasPathSatisfying("$.email", value -> assertThat(value).isEqualTo(focalPoint.email()))
			.hasPathSatisfying("$.roles[0]", value -> assertThat(value).isEqualTo("NATIONAL_FOCAL_POINT"))
			.hasPathSatisfying("$.country", value -> assertThat(value).isEqualTo("DE"));
	}

	@Test
	void aScriptSeesAndRevokesItsOwnersTokensWithTheirExpiry() throws Exception {
		AccountView officer = this.fixtures.active(Language.EN, Role.SECRETARIAT_OFFICER);
		String token = this.fixtures.apiToken(officer);
		ApiTokenView other = TestAccounts.runAs(officer, () -> this.tokens.create(officer.id(), "nightly export", 30))
			.token();

		assertThat(this.mvc.get().uri("/api/v1/me/tokens").header("Authorization", "Bearer " + token)).hasStatusOk()
			.bodyJson()
			.hasPathSatisfying("$[?(@.name == 'nightly export')].expiresAt",
					expiry -> assertThat(expiry).asArray()
						.singleElement()
						.asString()
						.startsWith(other.expiresAt().toString().substring(0, 16)))
			.hasPathSatisfying("$[?(@.name == 'nightly export')].state",
					state -> assertThat(state).asArray().containsExactly("ACTIVE"));
		assertThat(this.mvc.delete().uri("/api/v1/me/tokens/" + other.id()).header("Authorization", "Bearer " + token))
			.hasStatusOk()
			.bodyJson()
			.hasPathSatisfying("$.state", state -> assertThat(state).isEqualTo("REVOKED"));
	}

	@Test
	void aTokenCannotCreateTokens() {
		AccountView officer = this.fixtures.active(Language.EN, Role.SECRETARIAT_OFFICER);
		String token = this.fixtures.apiToken(officer);

		assertThat(this.mvc.post()
			.uri("/api/v1/me/tokens")
			.header("Authorization", "Bearer " + token)
			.header("Accept-Language", "fr")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\":\"minted by a token\",\"lifetimeDays\":30}")).hasStatus(403)
			.hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.bodyJson()
			.hasPathSatisfying("$.type", type -> assertThat(type).isEqualTo("urn:synergies:problem:forbidden"));
		assertThat(this.tokens.of(officer.id())).extracting(ApiTokenView::name).containsExactly("test");
	}

	@Test
	void anExpiredTokenIsRefusedAndListedAsExpired() {
		AccountView officer = this.fixtures.active(Language.EN, Role.SECRETARIAT_OFFICER);
		String live = this.fixtures.apiToken(officer);
		String expired = this.fixtures.apiToken(officer);
		this.jdbc.sql("UPDATE api_token SET expires_at = :past WHERE token_hash = :hash")
			.param("past", OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(1))
			.param("hash", sha256(expired))
			.update();

		assertThat(this.mvc.get().uri("/api/v1/me").header("Authorization", "Bearer " + expired)).hasStatus(401)
			.hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(this.mvc.get().uri("/api/v1/me/tokens").header("Authorization", "Bearer " + live)).hasStatusOk()
			.bodyJson()
			.hasPathSatisfying("$[*].state",
					states -> assertThat(states).asArray().containsExactlyInAnyOrder("ACTIVE", "EXPIRED"));
	}

	static String sha256(String secret) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
		}
		catch (Exception exception) {
			throw new IllegalStateException(exception);
		}
	}

	@Test
	void aDisabledAccountsTokensStopWorking() {
		AccountView officer = this.fixtures.active(Language.EN, Role.SECRETARIAT_OFFICER);
		String token = this.fixtures.apiToken(officer);
		this.accounts.disable(officer.id());

		assertThat(this.mvc.get().uri("/api/v1/me").header("Authorization", "Bearer " + token)).hasStatus(401)
			.hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
	}

	@Test
	void aValidationProblemListsEveryFieldInTheCallersLanguage() {
		AccountView officer = this.fixtures.active(Language.EN, Role.SECRETARIAT_OFFICER);

		assertThat(this.mvc.post()
			.uri("/api/v1/me/tokens")
			.header("Authorization", "Bearer " + this.fixtures.apiToken(officer))
			.header("Accept-Language", "fr")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\":\"" + "x".repeat(101) + "\",\"lifetimeDays\":366}")).hasStatus(400)
			.hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.bodyJson()
			.hasPathSatisfying("$.title", title -> assertThat(title).isEqualTo("Demande non valide"))
			.hasPathSatisfying("$.detail",
					detail -> assertThat(detail)
						.isEqualTo("2 champs ne sont pas valides\u00a0: voir «\u00a0errors\u00a0»."))
			.hasPathSatisfying("$.errors[*].field",
					fields -> assertThat(fields).asArray().contains("name", "lifetimeDays"))
			.hasPathSatisfying("$.errors[*].message", messages -> assertThat(messages).asArray()
				.contains("Utilisez au plus 100 caractères.", "Un jeton est valable de 1 à 365 jours."));
	}

	@Test
	void anUnreadableBodyAndAnUnknownTokenIdAreProblemsToo() {
		AccountView officer = this.fixtures.active(Language.EN, Role.SECRETARIAT_OFFICER);
		String token = this.fixtures.apiToken(officer);

		assertThat(this.mvc.post()
			.uri("/api/v1/me/tokens")
			.header("Authorization", "Bearer " + token)
			.header("Accept-Language", "es")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{not json")).hasStatus(400)
			.bodyJson()
			.hasPathSatisfying("$.title", title -> assertThat(title).isEqualTo("Solicitud incorrecta"));
		assertThat(this.mvc.delete()
			.uri("/api/v1/me/tokens/00000000-0000-0000-0000-000000000000")
			.header("Authorization", "Bearer " + token)).hasStatus(404)
			.bodyJson()
			.hasPathSatisfying("$.type", type -> assertThat(type).isEqualTo("urn:synergies:problem:not-found"));
		assertThat(this.mvc.delete().uri("/api/v1/me/tokens/not-a-uuid").header("Authorization", "Bearer " + token))
			.hasStatus(400);
	}

	@Test
	void anAddressOrAMethodTheApiDoesNotHaveIsAProblemInTheCallersLanguage() {
		String token = this.fixtures.apiToken(this.fixtures.active(Language.EN, Role.SECRETARIAT_OFFICER));

		assertThat(this.mvc.get()
			.uri("/api/v1/no-such-thing")
			.header("Authorization", "Bearer " + token)
			.header("Accept-Language", "fr")).hasStatus(404)
			.hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.hasHeader("Content-Language", "fr")
			.bodyJson()
			.hasPathSatisfying("$.title", title -> assertThat(title).isEqualTo("Introuvable"))
			.hasPathSatisfying("$.instance", instance -> assertThat(instance).isEqualTo("/api/v1/no-such-thing"))
			.hasPathSatisfying("$.detail", detail -> assertThat(detail).asString().startsWith("Rien ne se trouve"));
		assertThat(this.mvc.delete()
			.uri("/api/v1/me")
			.header("Authorization", "Bearer " + token)
			.header("Accept-Language", "es")).hasStatus(405)
			.hasHeader("Allow", "GET")
			.hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.bodyJson()
			.hasPathSatisfying("$.title", title -> assertThat(title).isEqualTo("Método no permitido"))
			.hasPathSatisfying("$.detail", detail -> assertThat(detail)
				.isEqualTo("Esta dirección no acepta este método; la cabecera «Allow» indica los que acepta."));
		assertThat(this.mvc.post()
			.uri("/api/v1/me/tokens")
			.header("Authorization", "Bearer " + token)
			.header("Accept-Language", "fr")
			.contentType(MediaType.TEXT_PLAIN)
			.content("x")).hasStatus(415)
			.bodyJson()
			.hasPathSatisfying("$.detail", detail -> assertThat(detail).asString()
				.startsWith("Cette adresse n’accepte pas un corps de ce type"));
	}

	@Test
	void withoutATokenTheAnswerIsA401ProblemNotALoginPage() {
		assertThat(this.mvc.get().uri("/api/v1/me").header("Accept-Language", "es")).hasStatus(401)
			.hasHeader("WWW-Authenticate", "Bearer realm=\"synergies\"")
			.bodyJson()
			.hasPathSatisfying("$.title", title -> assertThat(title).isEqualTo("Se requiere autenticación"));
	}

}
