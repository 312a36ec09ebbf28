package org.synergies.countries.web;

import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.synergies.countries.FocalPointDesignation;
import org.synergies.countries.FocalPointView;

/**
 * A national focal point. E-mail and telephone are given to signed-in callers only; the
 * linked account to the Secretariat and the country's focal points.
 */
record NationalFocalPointResponse(UUID id, String country, String treaty, FocalPointDesignation designation,
		String name, @Nullable String institution, @Nullable String position, @Nullable String email,
		@Nullable String phone, @Nullable UUID account, long version) {

	static NationalFocalPointResponse of(FocalPointView focalPoint) {
		return new NationalFocalPointResponse(focalPoint.id(), focalPoint.country().value(), focalPoint.treaty(),
				focalPoint.designation(), focalPoint.name(), focalPoint.institution(), focalPoint.position(),
				focalPoint.email(), focalPoint.phone(), focalPoint.account(), focalPoint.version());
	}

}
