package org.synergies.system;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.synergies.accounts.AccountView;
import org.synergies.accounts.PersonalTokens;
import org.synergies.accounts.Role;
import org.synergies.shared.Language;
import org.synergies.support.TestAccounts;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What only a running server shows: error pages, the operations endpoints and the API
 * description, over real HTTP.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
class ServerTests {

	@LocalServerPort
	int port;

	@Autowired
	TestAccounts fixtures;

	@Autowired
	PersonalTokens tokens;

	final HttpClient http = HttpClient.newHttpClient();

	@Test
	void errorPagesAreInTheVisitorsLanguageWithTheLayout() throws Exception {
		HttpResponse<String> response = get("/error-page-that-does-not-exist.css", "es", null);
		assertThat(response.statusCode()).isEqualTo(302);

		HttpResponse<String> notFound = get("/webjars/nothing-here.js", "es", null);
		assertThat(notFound.statusCode()).isEqualTo(404);
		assertThat(notFound.body()).contains("Página no encontrada", "<html lang=\"es\">", "Volver al inicio");
	}

	@Test
	void healthAndInfoArePublicAndMetricsNeedAnAdministrator() throws Exception {
		assertThat(get("/actuator/health", "en", null).body()).contains("\"status\":\"UP\"");
		assertThat(get("/actuator/info", "en", null).body()).contains("Synergies");
		assertThat(get("/actuator/prometheus", "en", null).statusCode()).isEqualTo(401);
		assertThat(get("/actuator/prometheus", "en", tokenFor(Role.SECRETARIAT_OFFICER)).statusCode()).isEqualTo(403);
		HttpResponse<String> metrics = get("/actuator/prometheus", "en", tokenFor(Role.SECRETARIAT_ADMIN));
		assertThat(metrics.statusCode()).isEqualTo(200);
		assertThat(metrics.body()).contains("jvm_memory_used_bytes", "http_server_requests");
	}

	@Test
	void theApiIsDescribedByOpenApiWithItsBearerTokens() throws Exception {
		HttpResponse<String> docs = get("/v3/api-docs", "en", null);
		assertThat(docs.statusCode()).isEqualTo(200);
		assertThat(docs.body()).contains("\"/api/v1/me\"", "\"/api/v1/me/tokens\"", "\"bearer\"", "Synergies API");
		assertThat(get("/swagger-ui/index.html", "en", null).statusCode()).isEqualTo(200);
	}

	@Test
	void aFileOverTheServersLimitIsRefusedInTheCallersLanguage() throws Exception {
		String boundary = "synergies-boundary";
		byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.pdf\"\r\n"
				+ "Content-Type: application/pdf\r\n\r\n")
			.getBytes(StandardCharsets.US_ASCII);
		byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII);
		byte[] body = new byte[head.length + 21 * 1024 * 1024 + tail.length];
		System.arraycopy(head, 0, body, 0, head.length);
		System.arraycopy(tail, 0, body, body.length - tail.length, tail.length);
		HttpRequest request = HttpRequest
			.newBuilder(URI.create("http://localhost:" + this.port + "/api/v1/accreditation/applications/"
					+ UUID.randomUUID() + "/documents/D1"))
			.header("Accept-Language", "fr")
			.header("Authorization", "Bearer " + tokenFor(Role.ORGANIZATION_MEMBER))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body))
			.build();

		HttpResponse<String> response = this.http.send(request, HttpResponse.BodyHandlers.ofString());

		assertThat(response.statusCode()).isEqualTo(413);
		assertThat(response.body()).contains("Le fichier dépasse 10 Mo.", "files.rule.too-large");
	}

	private String tokenFor(Role role) {
		AccountView account = this.fixtures.active(Language.EN, role);
		return TestAccounts.runAs(account, () -> this.tokens.create(account.id(), "test", null).secret());
	}

	private HttpResponse<String> get(String path, String language, String token) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.header("Accept-Language", language)
			.header("Accept", path.startsWith("/webjars") ? "text/html" : "*/*");
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

}
