package org.synergies.notifications;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A contribution as sent or recorded.
 *
 * @param senderKind who it is from: a country (answered by its focal point) or an
 * organization (by one of its members)
 * @param sender the country's ISO code or the organization's id
 * @param onBehalfCountries other countries it is made on behalf of (it counts for each)
 * @param onBehalfOrganizations other organizations it is made on behalf of, by id
 * @param language the language it is written in (ISO 639-1: {@code en}, {@code pl}…)
 * @param withheld the sender asked that it not be made public
 * @param channel how it reached the Secretariat (online when the addressee answers)
 * @param receivedOn the day an e-mail or letter was received (the Secretariat's records)
 * @param replyTo where the receipt goes for a contribution the Secretariat records
 */
public record ContributionDetails(@Nullable AddresseeKind senderKind, @Nullable String sender,
		List<String> onBehalfCountries, List<UUID> onBehalfOrganizations, @Nullable String language,
		@Nullable String text, boolean withheld, @Nullable ContributionChannel channel, @Nullable LocalDate receivedOn,
		@Nullable String replyTo) {

	public ContributionDetails {
		onBehalfCountries = List.copyOf(onBehalfCountries);
		onBehalfOrganizations = List.copyOf(onBehalfOrganizations);
	}

}
