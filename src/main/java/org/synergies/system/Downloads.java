package org.synergies.system;

import java.nio.charset.StandardCharsets;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A file handed to the browser or an API client as a download: its type, its name (in
 * UTF-8 when it is not plain ASCII) and never sniffed as something else.
 */
public final class Downloads {

	private Downloads() {
	}

	public static ResponseEntity<byte[]> attachment(String mediaType, String fileName, byte[] content) {
		ContentDisposition.Builder disposition = ContentDisposition.attachment();
		if (StandardCharsets.US_ASCII.newEncoder().canEncode(fileName)) {
			disposition.filename(fileName);
		}
		else {
			disposition.filename(fileName, StandardCharsets.UTF_8);
		}
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(mediaType))
			.header(HttpHeaders.CONTENT_DISPOSITION, disposition.build().toString())
			.header("X-Content-Type-Options", "nosniff")
			.body(content);
	}

}
