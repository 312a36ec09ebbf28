package org.synergies.files;

import java.util.Locale;
import java.util.Set;

/**
 * The kinds of document people may upload.
 */
public enum FileKind {

	PDF("application/pdf", "pdf"),
	DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
	ODT("application/vnd.oasis.opendocument.text", "odt"), JPEG("image/jpeg", "jpg", "jpeg"), PNG("image/png", "png");

	private final String mediaType;

	private final Set<String> extensions;

	FileKind(String mediaType, String... extensions) {
		this.mediaType = mediaType;
		this.extensions = Set.of(extensions);
	}

	public String mediaType() {
		return this.mediaType;
	}

	/** Whether a file name's extension is one this kind uses. */
	public boolean matchesName(String fileName) {
		int dot = fileName.lastIndexOf('.');
		return dot >= 0 && this.extensions.contains(fileName.substring(dot + 1).toLowerCase(Locale.ROOT));
	}

	public static final Set<FileKind> DOCUMENTS = Set.of(PDF, DOCX, ODT, JPEG, PNG);

}
