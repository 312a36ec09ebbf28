package org.synergies.notifications.web;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.synergies.notifications.Addressee;
import org.synergies.notifications.AddresseeCategory;
import org.synergies.notifications.AddresseeKind;
import org.synergies.notifications.NotificationDetails;
import org.synergies.notifications.NotificationView;

/**
 * The Secretariat's form for a notification: countries named by ISO code (separated by
 * commas or spaces), organizations chosen from the registry, one mandate paragraph
 * address per line.
 */
record NotificationForm(@Nullable String instrument,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate dated,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate deadline, @Nullable String titleEn,
		@Nullable String titleFr, @Nullable String titleEs, @Nullable String textEn, @Nullable String textFr,
		@Nullable String textEs, @Nullable String actionEn, @Nullable String actionFr, @Nullable String actionEs,
		@Nullable Set<AddresseeCategory> categories, @Nullable String countries, @Nullable List<UUID> organizations,
		@Nullable String mandateParagraphs, @Nullable Long version) {

	static NotificationForm empty(LocalDate today) {
		return new NotificationForm("CMS", today, null, null, null, null, null, null, null, null, null, null, Set.of(),
				null, List.of(), null, null);
	}

	static NotificationForm of(NotificationView notification) {
		return new NotificationForm(notification.instrument(), notification.dated(), notification.deadline(),
				notification.titleEn(), notification.titleFr(), notification.titleEs(), notification.textEn(),
				notification.textFr(), notification.textEs(), notification.actionEn(), notification.actionFr(),
				notification.actionEs(), notification.categories(),
				String.join(", ",
						notification.named()
							.stream()
							.filter(a -> a.kind() == AddresseeKind.COUNTRY)
							.map(Addressee::ref)
							.toList()),
				notification.named()
					.stream()
					.filter(a -> a.kind() == AddresseeKind.ORGANIZATION)
					.map(a -> UUID.fromString(a.ref()))
					.toList(),
				String.join("\n", notification.mandateParagraphs()), notification.version());
	}

	NotificationDetails details() {
		return new NotificationDetails(this.instrument, this.dated, this.deadline, this.titleEn, this.titleFr,
				this.titleEs, this.textEn, this.textFr, this.textEs, this.actionEn, this.actionFr, this.actionEs,
				this.categories == null ? Set.of() : this.categories, codes(this.countries),
				this.organizations == null ? List.of() : this.organizations,
				this.mandateParagraphs == null ? List.of()
						: Arrays.stream(this.mandateParagraphs.split("\\R"))
							.map(String::strip)
							.filter(line -> !line.isEmpty())
							.toList());
	}

	static List<String> codes(@Nullable String text) {
		return text == null ? List.of()
				: Arrays.stream(text.split("[,;\\s]+")).map(String::strip).filter(code -> !code.isEmpty()).toList();
	}

}
