package org.synergies.support;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;

import com.jayway.jsonpath.JsonPath;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Requests to {@code /api/v1} as a script sends them: JSON bodies and a personal token as
 * Bearer (none for the public). A test that scripts a whole flow implements it.
 */
public interface ApiScript {

	MockMvcTester mvc();

	default MockMvcTester.MockMvcRequestBuilder get(String uri, @Nullable String token) {
		return authorized(mvc().get().uri(uri), token);
	}

	default MockMvcTester.MockMvcRequestBuilder post(String uri, @Nullable String token, String json) {
		return authorized(mvc().post().uri(uri), token).contentType(MediaType.APPLICATION_JSON).content(json);
	}

	default MockMvcTester.MockMvcRequestBuilder put(String uri, @Nullable String token, String json) {
		return authorized(mvc().put().uri(uri), token).contentType(MediaType.APPLICATION_JSON).content(json);
	}

	/** A file sent as the multipart part {@code file}. */
	default MockMvcTester.MockMultipartMvcRequestBuilder upload(String uri, String token, String name, byte[] content) {
		return mvc().post()
			.uri(uri)
			.multipart()
			.file(new MockMultipartFile("file", name, "application/octet-stream", content))
			.header("Authorization", "Bearer " + token);
	}

	default MvcTestResult send(MockMvcTester.MockMvcRequestBuilder request) {
		return request.exchange();
	}

	/** The answer's body, once its status is the one expected. */
	default String body(MvcTestResult result, int status) {
		assertThat(result).hasStatus(status);
		try {
			return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
		}
		catch (UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** The version of what an answer describes. */
	default long version(String json) {
		return ((Number) JsonPath.read(json, "$.version")).longValue();
	}

	/**
	 * A body that carries only the version an answer gave, for steps that need no more.
	 */
	default String versioned(String json) {
		return "{\"version\": %d}".formatted(version(json));
	}

	private static MockMvcTester.MockMvcRequestBuilder authorized(MockMvcTester.MockMvcRequestBuilder request,
			@Nullable String token) {
		return token == null ? request : request.header("Authorization", "Bearer " + token);
	}

}
