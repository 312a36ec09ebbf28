package org.synergies.shared;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.synergies.shared.ArchiveLimits.Verdict;

import static org.assertj.core.api.Assertions.assertThat;

class ArchiveLimitsTests {

	private static final int MB = 1024 * 1024;

	/** Small limits, so that each can be passed with a small archive. */
	private final ArchiveLimits limits = new ArchiveLimits(10, 3L * MB, 100);

	@Test
	void anArchiveWithinEveryLimitPasses() throws IOException {
		assertThat(this.limits.inspect(zip(10, 200_000, false))).isEqualTo(Verdict.WITHIN_LIMITS);
	}

	@Test
	void tooManyEntriesAreRefused() throws IOException {
		assertThat(this.limits.inspect(zip(11, 10, false))).isEqualTo(Verdict.EXPANDS_TOO_MUCH);
	}

	@Test
	void anEntryOrATotalLargerThanTheLimitIsRefusedWhateverItsRatio() throws IOException {
		assertThat(this.limits.inspect(zip(1, 4 * MB, false))).isEqualTo(Verdict.EXPANDS_TOO_MUCH);
		assertThat(this.limits.inspect(zip(2, 2 * MB, false))).isEqualTo(Verdict.EXPANDS_TOO_MUCH);
	}

	@Test
	void anEntryCompressedBeyondTheRatioIsRefused() throws IOException {
		assertThat(this.limits.inspect(zip(1, 2 * MB, true))).isEqualTo(Verdict.EXPANDS_TOO_MUCH);
		assertThat(this.limits.inspect(zip(1, 500_000, true))).as("small entries may compress well")
			.isEqualTo(Verdict.WITHIN_LIMITS);
	}

	@Test
	void whatIsNotAZipIsSaidSo() {
		assertThat(this.limits.inspect("plain text".getBytes())).isEqualTo(Verdict.NOT_A_ZIP);
	}

	/**
	 * {@code entries} entries of {@code bytes} each: zeros (compressing about a thousand
	 * times) or random hexadecimal text (about twice).
	 */
	private static byte[] zip(int entries, int bytes, boolean zeros) throws IOException {
		Random random = new Random(9);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(out)) {
			for (int entry = 0; entry < entries; entry++) {
				zip.putNextEntry(new ZipEntry("part" + entry + ".xml"));
				byte[] content = new byte[bytes];
				if (!zeros) {
					for (int index = 0; index < bytes; index++) {
						content[index] = (byte) "0123456789abcdef".charAt(random.nextInt(16));
					}
				}
				zip.write(content);
				zip.closeEntry();
			}
		}
		return out.toByteArray();
	}

}
