package org.synergies.organizations;

import org.jspecify.annotations.Nullable;

/**
 * A search of the directory. Every criterion is optional.
 *
 * @param text part of a name or acronym, in any case and with or without accents
 * @param country ISO 3166 code: headquartered or working there
 * @param instrument code of a CMS Family instrument of interest
 * @param status which organizations; the public sees active ones only
 * @param page zero-based
 * @param ngoPartners only the NGO partners (see {@link PartnerStatus})
 */
public record DirectoryQuery(@Nullable String text, @Nullable OrganizationKind kind, @Nullable String country,
		@Nullable String instrument, OrganizationStatus status, Sort sort, int page, int size, boolean ngoPartners) {

	public static final int MAX_SIZE = 500;

	public enum Sort {

		NAME, NAME_DESC, KIND, COUNTRY, RECENTLY_UPDATED

	}

	public DirectoryQuery {
		page = Math.max(page, 0);
		size = Math.min(Math.max(size, 1), MAX_SIZE);
	}

	/** A search of every organization, NGO partners or not. */
	public DirectoryQuery(@Nullable String text, @Nullable OrganizationKind kind, @Nullable String country,
			@Nullable String instrument, OrganizationStatus status, Sort sort, int page, int size) {
		this(text, kind, country, instrument, status, sort, page, size, false);
	}

	public static DirectoryQuery firstPage(int size) {
		return new DirectoryQuery(null, null, null, null, OrganizationStatus.ACTIVE, Sort.NAME, 0, size);
	}

	public DirectoryQuery withPage(int page) {
		return new DirectoryQuery(this.text, this.kind, this.country, this.instrument, this.status, this.sort, page,
				this.size, this.ngoPartners);
	}

}
