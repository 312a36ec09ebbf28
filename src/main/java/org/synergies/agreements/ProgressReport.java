package org.synergies.agreements;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A progress note on a deliverable: its status, a percentage where it makes sense, the
 * day it speaks of and the note in English, French or Spanish (at least one).
 */
public record ProgressReport(@Nullable DeliverableStatus status, @Nullable Integer percent, @Nullable LocalDate notedOn,
		@Nullable String noteEn, @Nullable String noteFr, @Nullable String noteEs) {

	public ProgressReport {
		noteEn = Texts.trimmed(noteEn);
		noteFr = Texts.trimmed(noteFr);
		noteEs = Texts.trimmed(noteEs);
	}

}
