package org.synergies.countries.web;

import org.synergies.countries.Treaty;

/** A treaty a country may belong to, named in the caller's language. */
record TreatyResponse(String code, String acronym, String name, boolean cmsFamily) {

	static TreatyResponse of(Treaty treaty, java.util.Locale locale) {
		return new TreatyResponse(treaty.code(), treaty.acronym(), treaty.name(locale), treaty.cmsFamily());
	}

}
