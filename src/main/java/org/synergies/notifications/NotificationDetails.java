package org.synergies.notifications;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * What the Secretariat drafts: the issuing instrument (a code of the CMS Family, e.g.
 * {@code CMS}, {@code AEWA}), the date and deadline, title, text and action requested in
 * each language, the addressees by category and by name, and the mandate paragraphs the
 * notification serves, by address ({@code 11.10/para-6}).
 */
public record NotificationDetails(@Nullable String instrument, @Nullable LocalDate dated, @Nullable LocalDate deadline,
		@Nullable String titleEn, @Nullable String titleFr, @Nullable String titleEs, @Nullable String textEn,
		@Nullable String textFr, @Nullable String textEs, @Nullable String actionEn, @Nullable String actionFr,
		@Nullable String actionEs, Set<AddresseeCategory> categories, List<String> countries, List<UUID> organizations,
		List<String> mandateParagraphs) {

	public NotificationDetails {
		categories = Set.copyOf(categories);
		countries = List.copyOf(countries);
		organizations = List.copyOf(organizations);
		mandateParagraphs = List.copyOf(mandateParagraphs);
	}

}
