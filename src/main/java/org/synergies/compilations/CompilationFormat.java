package org.synergies.compilations;

import java.util.Locale;

/** The formats a compilation is written in, in the order a job writes them. */
public enum CompilationFormat {

	DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document"), PDF("application/pdf"),
	HTML("text/html;charset=UTF-8"), XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
	CSV("text/csv;charset=UTF-8");

	private final String mediaType;

	CompilationFormat(String mediaType) {
		this.mediaType = mediaType;
	}

	public String mediaType() {
		return this.mediaType;
	}

	public String extension() {
		return name().toLowerCase(Locale.ROOT);
	}

}
