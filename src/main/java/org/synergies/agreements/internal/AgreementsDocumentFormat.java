package org.synergies.agreements.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.synergies.shared.FieldProblem;
import org.synergies.shared.InvalidInputException;

/** The formats the list of agreements is written in. */
public enum AgreementsDocumentFormat {

	DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document"), PDF("application/pdf"),
	HTML("text/html;charset=UTF-8");

	private final String mediaType;

	AgreementsDocumentFormat(String mediaType) {
		this.mediaType = mediaType;
	}

	public String mediaType() {
		return this.mediaType;
	}

	public String extension() {
		return name().toLowerCase(Locale.ROOT);
	}

	/**
	 * The format named in a request, whatever its case ({@code docx}, {@code PDF}); DOCX
	 * when none is named, a field problem when it is none of them.
	 */
	public static AgreementsDocumentFormat of(@Nullable String name) {
		if (name == null || name.isBlank()) {
			return DOCX;
		}
		Optional<AgreementsDocumentFormat> format = Arrays.stream(values())
			.filter(candidate -> candidate.name().equalsIgnoreCase(name.strip()))
			.findFirst();
		return format
			.orElseThrow(() -> new InvalidInputException(List.of(new FieldProblem("format", "validation.choose"))));
	}

}
