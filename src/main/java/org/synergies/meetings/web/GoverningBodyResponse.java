package org.synergies.meetings.web;

import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.synergies.meetings.BodyKind;
import org.synergies.meetings.GoverningBody;

/**
 * A body that meets and decides, through the API.
 *
 * @param instrument the code of the instrument of the CMS Family it belongs to ("CMS",
 * "AEWA")
 * @param symbolPattern how the symbol of an information document of one of its meetings
 * is made: {@code {meeting}} the meeting's number, {@code {year}} the year it opens,
 * {@code {n}} the document's number
 */
record GoverningBodyResponse(UUID id, BodyKind kind, String code, String nameEn, @Nullable String nameFr,
		@Nullable String nameEs, String instrument, String symbolPattern) {

	static GoverningBodyResponse of(GoverningBody body) {
		return new GoverningBodyResponse(body.id(), body.kind(), body.code(), body.nameEn(), body.nameFr(),
				body.nameEs(), body.instrument(), body.symbolPattern());
	}

}
