package org.synergies.organizations.web;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.synergies.organizations.DirectoryPage;
import org.synergies.organizations.OrganizationKind;
import org.synergies.organizations.OrganizationStatus;
import org.synergies.organizations.OrganizationSummary;

/** One page of the directory through the API. */
record OrganizationDirectoryResponse(List<OrganizationSummaryResponse> organizations, int page, int size, long total) {

	static OrganizationDirectoryResponse of(DirectoryPage page, Set<UUID> ngoPartners) {
		return new OrganizationDirectoryResponse(page.organizations()
			.stream()
			.map(summary -> OrganizationSummaryResponse.of(summary, ngoPartners.contains(summary.id())))
			.toList(), page.page(), page.size(), page.total());
	}

	/** One line of the directory; {@code ngoPartner}: see the profile. */
	record OrganizationSummaryResponse(UUID id, String officialName, @Nullable String nameEn, @Nullable String nameFr,
			@Nullable String nameEs, @Nullable String acronym, OrganizationKind kind, @Nullable String headquarters,
			@Nullable String website, OrganizationStatus status, List<String> instruments, boolean ngoPartner) {

		static OrganizationSummaryResponse of(OrganizationSummary summary, boolean ngoPartner) {
			return new OrganizationSummaryResponse(summary.id(), summary.officialName(), summary.nameEn(),
					summary.nameFr(), summary.nameEs(), summary.acronym(), summary.kind(), summary.headquarters(),
					summary.website(), summary.status(), summary.instruments(), ngoPartner);
		}

	}

}
