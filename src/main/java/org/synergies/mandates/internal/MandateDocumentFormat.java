package org.synergies.mandates.internal;

import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.synergies.shared.FieldProblem;
import org.synergies.shared.InvalidInputException;

/** The forms a resolution document is generated in. */
public enum MandateDocumentFormat {

	DOCX("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
	PDF("pdf", "application/pdf"), HTML("html", "text/html;charset=UTF-8");

	private final String extension;

	private final String mediaType;

	MandateDocumentFormat(String extension, String mediaType) {
		this.extension = extension;
		this.mediaType = mediaType;
	}

	/** DOCX when none is given. */
	public static MandateDocumentFormat of(@Nullable String written) {
		if (written == null || written.isBlank()) {
			return DOCX;
		}
		for (MandateDocumentFormat format : values()) {
			if (format.extension.equals(written.strip().toLowerCase(Locale.ROOT))) {
				return format;
			}
		}
		throw new InvalidInputException(List.of(new FieldProblem("format", "validation.choose")));
	}

	public String extension() {
		return this.extension;
	}

	public String mediaType() {
		return this.mediaType;
	}

}
