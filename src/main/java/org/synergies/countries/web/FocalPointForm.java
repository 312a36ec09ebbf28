package org.synergies.countries.web;

import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.synergies.countries.FocalPointContact;
import org.synergies.countries.FocalPointDesignation;
import org.synergies.countries.FocalPointDetails;
import org.synergies.countries.FocalPointView;

/**
 * The form for a focal point: every field for the Secretariat, the contact fields only
 * for a focal point of the country. {@code version} is the one it was read at.
 */
record FocalPointForm(@Nullable String treaty, @Nullable FocalPointDesignation designation, @Nullable String name,
		@Nullable String institution, @Nullable String position, @Nullable String email, @Nullable String phone,
		@Nullable UUID account, @Nullable Long version) {

	static FocalPointForm empty() {
		return new FocalPointForm("CMS", FocalPointDesignation.PRIMARY, null, null, null, null, null, null, null);
	}

	static FocalPointForm of(FocalPointView focalPoint) {
		return new FocalPointForm(focalPoint.treaty(), focalPoint.designation(), focalPoint.name(),
				focalPoint.institution(), focalPoint.position(), focalPoint.email(), focalPoint.phone(),
				focalPoint.account(), focalPoint.version());
	}

	FocalPointDetails details() {
		return new FocalPointDetails(this.treaty, this.designation, this.name, this.institution, this.position,
				this.email, this.phone, this.account);
	}

	FocalPointContact contact() {
		return new FocalPointContact(this.name, this.institution, this.position, this.email, this.phone);
	}

}
