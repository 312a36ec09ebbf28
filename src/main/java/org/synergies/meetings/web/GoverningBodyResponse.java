package org.synergies.meetings.web;

import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.synergies.meetings.BodyKind;
import org.synergies.meetings.GoverningBody;

/** A body that meets and decides, through the API. */
record GoverningBodyResponse(UUID id, BodyKind kind, String code, String nameEn, @Nullable String nameFr,
		@Nullable String nameEs) {

	static GoverningBodyResponse of(GoverningBody body) {
		return new GoverningBodyResponse(body.id(), body.kind(), body.code(), body.nameEn(), body.nameFr(),
				body.nameEs());
	}

}
