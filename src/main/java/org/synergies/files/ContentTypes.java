package org.synergies.files;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * What a file really is, from its bytes: magic numbers for PDF, PNG and JPEG; for the
 * zip-based DOCX and ODT, the entries that only those formats have. A file's name says
 * nothing here.
 */
final class ContentTypes {

	private ContentTypes() {
	}

	static Optional<FileKind> detect(byte[] content) {
		if (startsWith(content, "%PDF-".getBytes(StandardCharsets.US_ASCII))) {
			return Optional.of(FileKind.PDF);
		}
		if (startsWith(content, new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n' })) {
			return Optional.of(FileKind.PNG);
		}
		if (startsWith(content, new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF })) {
			return Optional.of(FileKind.JPEG);
		}
		if (isZip(content)) {
			return officeDocument(content);
		}
		return Optional.empty();
	}

	static boolean isZip(byte[] content) {
		return startsWith(content, new byte[] { 'P', 'K', 3, 4 });
	}

	private static Optional<FileKind> officeDocument(byte[] content) {
		boolean contentTypes = false;
		boolean wordDocument = false;
		try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
			ZipEntry entry;
			int entries = 0;
			while ((entry = zip.getNextEntry()) != null && entries++ < 10_000) {
				String name = entry.getName();
				if (name.equals("mimetype")) {
					String mimetype = new String(zip.readNBytes(100), StandardCharsets.US_ASCII).trim();
					if (mimetype.equals(FileKind.ODT.mediaType())) {
						return Optional.of(FileKind.ODT);
					}
				}
				contentTypes |= name.equals("[Content_Types].xml");
				wordDocument |= name.equals("word/document.xml");
			}
		}
		catch (IOException | IllegalArgumentException exception) {
			return Optional.empty();
		}
		return contentTypes && wordDocument ? Optional.of(FileKind.DOCX) : Optional.empty();
	}

	private static boolean startsWith(byte[] content, byte[] prefix) {
		if (content.length < prefix.length) {
			return false;
		}
		for (int index = 0; index < prefix.length; index++) {
			if (content[index] != prefix[index]) {
				return false;
			}
		}
		return true;
	}

}
