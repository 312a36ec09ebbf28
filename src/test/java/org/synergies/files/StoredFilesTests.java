package org.synergies.files;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.synergies.shared.RuleViolationException;
import org.synergies.support.DatabaseTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SpringBootTest(properties = { "synergies.files.max-size=1MB", "synergies.files.clamd.host=127.0.0.1",
		"synergies.files.clamd.port=" + StoredFilesTests.CLAMD_PORT })
@DatabaseTest
class StoredFilesTests {

	static final int CLAMD_PORT = 33_310;

	/**
	 * A stand-in clamd speaking the INSTREAM protocol: anything containing EICAR is
	 * infected.
	 */
	static final FakeClamd clamd = FakeClamd.start(CLAMD_PORT);

	@Autowired
	StoredFiles files;

	@AfterAll
	static void stopClamd() throws IOException {
		clamd.close();
	}

	@ParameterizedTest
	@CsvSource({ "statutes.pdf,PDF", "letter.docx,DOCX", "certificate.odt,ODT", "scan.jpeg,JPEG", "scan.jpg,JPEG",
			"logo.png,PNG" })
	void keepsEachAllowedKindJudgedFromItsContent(String name, FileKind kind) {
		byte[] content = sample(kind);

		StoredFile kept = this.files.keep("C:\\Users\\someone\\" + name, content, FileKind.DOCUMENTS);

		assertThat(kept.kind()).isEqualTo(kind);
		assertThat(kept.name()).isEqualTo(name);
		assertThat(kept.size()).isEqualTo(content.length);
		assertThat(this.files.content(kept.id())).isEqualTo(content);
		assertThat(this.files.find(kept.id())).contains(kept);
	}

	@Test
	void aFileThatLiesAboutItsTypeIsRefused() {
		assertThatThrownBy(() -> this.files.keep("statutes.pdf", SampleFiles.png(), FileKind.DOCUMENTS))
			.isInstanceOf(RuleViolationException.class)
			.hasMessage("files.rule.name-lies");
		assertThatThrownBy(() -> this.files.keep("report.docx", SampleFiles.zip("readme.txt", "not a document"),
				FileKind.DOCUMENTS))
			.hasMessage("files.rule.kind-not-allowed");
		assertThatThrownBy(() -> this.files.keep("virus.pdf",
				"MZ\u0090\u0000 executable".getBytes(StandardCharsets.ISO_8859_1), FileKind.DOCUMENTS))
			.hasMessage("files.rule.kind-not-allowed");
		assertThatThrownBy(() -> this.files.keep("photo.png", SampleFiles.png(), Set.of(FileKind.PDF)))
			.hasMessage("files.rule.kind-not-allowed");
	}

	@Test
	void emptyTooLargeAndInfectedFilesAreRefused() {
		byte[] large = new byte[1024 * 1024 + 1];
		System.arraycopy(SampleFiles.pdf(), 0, large, 0, SampleFiles.pdf().length);
		byte[] eicar = (new String(SampleFiles.pdf(), StandardCharsets.US_ASCII) + "EICAR-STANDARD-ANTIVIRUS-TEST-FILE")
			.getBytes(StandardCharsets.US_ASCII);

		assertThatThrownBy(() -> this.files.keep("empty.pdf", new byte[0], FileKind.DOCUMENTS))
			.hasMessage("files.rule.empty");
		assertThatThrownBy(() -> this.files.keep("large.pdf", large, FileKind.DOCUMENTS))
			.hasMessage("files.rule.too-large");
		assertThatThrownBy(() -> this.files.keep("infected.pdf", eicar, FileKind.DOCUMENTS))
			.hasMessage("files.rule.infected");
		assertThat(clamd.scanned).as("the scanner saw the uploads").isGreaterThan(0);
	}

	static byte[] sample(FileKind kind) {
		return switch (kind) {
			case PDF -> SampleFiles.pdf();
			case DOCX -> SampleFiles.docx();
			case ODT -> SampleFiles.odt();
			case JPEG -> SampleFiles.jpeg();
			case PNG -> SampleFiles.png();
		};
	}

	static final class FakeClamd implements AutoCloseable {

		final ServerSocket server;

		volatile int scanned;

		private FakeClamd(ServerSocket server) {
			this.server = server;
		}

		static FakeClamd start(int port) {
			try {
				FakeClamd clamd = new FakeClamd(new ServerSocket(port));
				Thread thread = new Thread(clamd::serve, "fake-clamd");
				thread.setDaemon(true);
				thread.start();
				return clamd;
			}
			catch (IOException exception) {
				throw new IllegalStateException(exception);
			}
		}

		private void serve() {
			while (!this.server.isClosed()) {
				try (Socket socket = this.server.accept()) {
					DataInputStream in = new DataInputStream(socket.getInputStream());
					in.readNBytes("zINSTREAM\0".length());
					StringBuilder received = new StringBuilder();
					int length;
					while ((length = in.readInt()) > 0) {
						received.append(new String(in.readNBytes(length), StandardCharsets.ISO_8859_1));
					}
					this.scanned++;
					OutputStream out = socket.getOutputStream();
					String reply = received.toString().contains("EICAR") ? "stream: Eicar-Test-Signature FOUND"
							: "stream: OK";
					out.write((reply + "\0").getBytes(StandardCharsets.US_ASCII));
				}
				catch (IOException exception) {
					// closed at the end of the tests
				}
			}
		}

		@Override
		public void close() throws IOException {
			this.server.close();
		}

	}

}
