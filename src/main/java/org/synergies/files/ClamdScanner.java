package org.synergies.files;

import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Scans uploads with a ClamAV daemon over its INSTREAM protocol. Enabled by
 * {@code synergies.files.clamd.host} (and {@code .port}, default 3310). If clamd cannot
 * be reached the upload is refused: an unscanned file must not slip through.
 */
@Component
@ConditionalOnProperty("synergies.files.clamd.host")
class ClamdScanner implements MalwareScanner {

	private static final int CHUNK = 64 * 1024;

	private final String host;

	private final int port;

	ClamdScanner(@Value("${synergies.files.clamd.host}") String host,
			@Value("${synergies.files.clamd.port:3310}") int port) {
		this.host = host;
		this.port = port;
	}

	@Override
	public @Nullable String findThreat(byte[] content) {
		try (Socket socket = new Socket()) {
			socket.connect(new InetSocketAddress(this.host, this.port), 5_000);
			socket.setSoTimeout(60_000);
			DataOutputStream out = new DataOutputStream(socket.getOutputStream());
			out.write("zINSTREAM\0".getBytes(StandardCharsets.US_ASCII));
			for (int offset = 0; offset < content.length; offset += CHUNK) {
				int length = Math.min(CHUNK, content.length - offset);
				out.writeInt(length);
				out.write(content, offset, length);
			}
			out.writeInt(0);
			out.flush();
			InputStream in = socket.getInputStream();
			String reply = new String(in.readAllBytes(), StandardCharsets.US_ASCII).replace("\0", "").strip();
			if (reply.endsWith("OK")) {
				return null;
			}
			if (reply.endsWith("FOUND")) {
				return reply.substring(reply.indexOf(':') + 1, reply.length() - "FOUND".length()).strip();
			}
			throw new IllegalStateException("clamd answered: " + reply);
		}
		catch (IOException exception) {
			throw new UncheckedIOException("clamd at " + this.host + ":" + this.port + " cannot be reached", exception);
		}
	}

}
