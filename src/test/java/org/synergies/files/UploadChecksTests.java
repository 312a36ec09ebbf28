package org.synergies.files;

import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.util.EnumSet;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.synergies.shared.RejectedUploadException;
import org.synergies.shared.RejectedUploadException.Reason;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class UploadChecksTests {

	private static final long LIMIT = 1024 * 1024;

	@Test
	void aFileIsRefusedWhenTheScannerCannotBeReachedRatherThanKeptUnscanned() {
		MalwareScanner unreachable = content -> {
			throw new UncheckedIOException("clamd at clamav:3310 cannot be reached", new ConnectException());
		};
		UploadChecks checks = new UploadChecks(List.of(unreachable));

		assertThatThrownBy(() -> checks.check("statutes.pdf", SampleFiles.pdf(), EnumSet.allOf(FileKind.class), LIMIT))
			.isInstanceOfSatisfying(RejectedUploadException.class, refused -> {
				assertThat(refused.messageKey()).isEqualTo("files.rule.scanner-unavailable");
				assertThat(refused.reason()).isEqualTo(Reason.SCANNER_UNAVAILABLE);
			});
	}

	@Test
	void eachRefusalSaysWhy() {
		UploadChecks checks = new UploadChecks(List.of(content -> null));
		var pdfOnly = EnumSet.of(FileKind.PDF);

		assertThat(checks.check("statutes.pdf", SampleFiles.pdf(), pdfOnly, LIMIT)).isEqualTo(FileKind.PDF);
		assertThatThrownBy(() -> checks.check("empty.pdf", new byte[0], pdfOnly, LIMIT)).hasMessage("files.rule.empty");
		assertThatThrownBy(() -> checks.check("big.pdf", new byte[(int) LIMIT + 1], pdfOnly, LIMIT))
			.isInstanceOfSatisfying(RejectedUploadException.class,
					refused -> assertThat(refused.reason()).isEqualTo(Reason.TOO_LARGE));
		assertThatThrownBy(() -> checks.check("photo.png", SampleFiles.png(), pdfOnly, LIMIT))
			.hasMessage("files.rule.kind-not-allowed");
		assertThatThrownBy(() -> checks.check("photo.pdf", SampleFiles.png(), EnumSet.allOf(FileKind.class), LIMIT))
			.hasMessage("files.rule.name-lies");
	}

	@Test
	void aDocumentThatWouldExpandToGigabytesIsRefusedAsAZipBomb() {
		UploadChecks checks = new UploadChecks(List.of(content -> null));
		byte[] bomb = SampleFiles.withBomb(SampleFiles.docx(), "word/media/padding.bin", 50);
		assertThat((long) bomb.length).as("small on the wire").isLessThan(LIMIT);

		assertThat(checks.check("letter.docx", SampleFiles.docx(), EnumSet.allOf(FileKind.class), LIMIT))
			.isEqualTo(FileKind.DOCX);
		assertThatThrownBy(() -> checks.check("letter.docx", bomb, EnumSet.allOf(FileKind.class), LIMIT))
			.isInstanceOfSatisfying(RejectedUploadException.class, refused -> {
				assertThat(refused.messageKey()).isEqualTo("files.rule.expands-too-much");
				assertThat(refused.reason()).isEqualTo(Reason.CONTENT);
				assertThat(refused.arguments()).containsExactly(1_000, 100L, 100);
			});
		assertThatThrownBy(
				() -> checks.check("letter.odt", SampleFiles.withBomb(SampleFiles.odt(), "Pictures/padding.bin", 50),
						EnumSet.allOf(FileKind.class), LIMIT))
			.hasMessage("files.rule.expands-too-much");
	}

}
