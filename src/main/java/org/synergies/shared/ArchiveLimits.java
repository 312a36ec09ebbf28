package org.synergies.shared;

import java.io.ByteArrayInputStream;
import java.io.IOException;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;

/**
 * How far a zip-based upload (DOCX, ODT, XLSX) may expand when opened, so that a small
 * file built to unpack to gigabytes (a zip bomb) is refused before anything parses it.
 * The archive is inflated as a stream into nothing, and reading stops as soon as a limit
 * is passed: the number of entries, an entry's declared or actual size, the total, and
 * the compression ratio of any entry (or of the whole file) past {@link #RATIO_FLOOR}.
 *
 * @param maxEntries entries in the archive
 * @param maxBytes uncompressed bytes, per entry and in total
 * @param maxRatio uncompressed size over compressed size
 */
public record ArchiveLimits(int maxEntries, long maxBytes, int maxRatio) {

	/**
	 * Office documents: a long report or a registry of thousands of rows stays far below
	 * (its XML compresses 5 to 20 times).
	 */
	public static final ArchiveLimits OFFICE_DOCUMENTS = new ArchiveLimits(1_000, 100L * 1024 * 1024, 100);

	/** Below this size an entry may compress as well as it likes (a blank sheet does). */
	static final long RATIO_FLOOR = 1024 * 1024;

	/** What opening the archive would do. */
	public enum Verdict {

		WITHIN_LIMITS, EXPANDS_TOO_MUCH, NOT_A_ZIP

	}

	public Verdict inspect(byte[] archive) {
		long total = 0;
		int entries = 0;
		byte[] buffer = new byte[64 * 1024];
		// commons-compress, as POI reads the same archive (ZIP64, data descriptors)
		try (ZipArchiveInputStream zip = new ZipArchiveInputStream(new ByteArrayInputStream(archive), "UTF-8", true,
				true)) {
			ZipArchiveEntry entry;
			while ((entry = zip.getNextEntry()) != null) {
				if (++entries > this.maxEntries || entry.getSize() > this.maxBytes) {
					return Verdict.EXPANDS_TOO_MUCH;
				}
				long entryStart = total;
				int read;
				while ((read = zip.read(buffer)) > 0) {
					total += read;
					long size = total - entryStart;
					if (size > this.maxBytes || total > this.maxBytes || tooCompressed(size, zip.getCompressedCount())
							|| tooCompressed(total, archive.length)) {
						return Verdict.EXPANDS_TOO_MUCH;
					}
				}
			}
		}
		catch (IOException | RuntimeException exception) {
			return Verdict.NOT_A_ZIP;
		}
		return entries == 0 ? Verdict.NOT_A_ZIP : Verdict.WITHIN_LIMITS;
	}

	/** In megabytes, as the refusal states it. */
	public long maxMegabytes() {
		return this.maxBytes / (1024 * 1024);
	}

	private boolean tooCompressed(long uncompressed, long compressed) {
		return uncompressed > RATIO_FLOOR && compressed > 0 && uncompressed / compressed > this.maxRatio;
	}

}
