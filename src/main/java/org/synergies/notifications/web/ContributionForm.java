package org.synergies.notifications.web;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.synergies.notifications.AddresseeKind;
import org.synergies.notifications.ContributionChannel;
import org.synergies.notifications.ContributionDetails;
import org.synergies.notifications.ContributionView;

/**
 * A contribution as a form sends it: the sender as {@code COUNTRY:FR} or
 * {@code ORGANIZATION:<id>}; other countries by ISO code, other organizations chosen from
 * the registry.
 */
record ContributionForm(@Nullable String sender, @Nullable String onBehalfCountries,
		@Nullable List<UUID> onBehalfOrganizations, @Nullable String language, @Nullable String text, boolean withheld,
		@Nullable ContributionChannel channel,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate receivedOn, @Nullable String replyTo,
		@Nullable Long version) {

	static ContributionForm empty(String language) {
		return new ContributionForm(null, null, List.of(), language, null, false, null, null, null, null);
	}

	static ContributionForm of(ContributionView contribution) {
		return new ContributionForm(contribution.sender().key(), null, List.of(), contribution.language(),
				contribution.text(), contribution.withheld(), contribution.channel(), contribution.receivedOn(),
				contribution.replyTo(), contribution.version());
	}

	ContributionDetails details() {
		AddresseeKind kind = null;
		String ref = null;
		if (this.sender != null && this.sender.contains(":")) {
			String[] parts = this.sender.split(":", 2);
			try {
				kind = AddresseeKind.valueOf(parts[0]);
				ref = parts[1];
			}
			catch (IllegalArgumentException unknown) {
				kind = null;
			}
		}
		return new ContributionDetails(kind, ref, NotificationForm.codes(this.onBehalfCountries),
				this.onBehalfOrganizations == null ? List.of() : this.onBehalfOrganizations, this.language, this.text,
				this.withheld, this.channel, this.receivedOn, this.replyTo);
	}

}
