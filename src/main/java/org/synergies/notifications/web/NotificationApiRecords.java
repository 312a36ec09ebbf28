package org.synergies.notifications.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.synergies.notifications.Addressee;
import org.synergies.notifications.AddresseeAnswer;
import org.synergies.notifications.AddresseeCategory;
import org.synergies.notifications.AddresseeKind;
import org.synergies.notifications.ContributionChannel;
import org.synergies.notifications.ContributionDetails;
import org.synergies.notifications.ContributionView;
import org.synergies.notifications.NotificationDetails;
import org.synergies.notifications.NotificationStatus;
import org.synergies.notifications.NotificationView;

/** The API's own records for notifications and contributions. */
final class NotificationApiRecords {

	private NotificationApiRecords() {
	}

	/** A country or organization, as the API names it. */
	record NotificationAddresseeResponse(AddresseeKind kind, String ref, String name) {

		static NotificationAddresseeResponse of(Addressee addressee) {
			return new NotificationAddresseeResponse(addressee.kind(), addressee.ref(), addressee.name());
		}

	}

	/** A notification: texts per language, addressees, deadline, mandate paragraphs. */
	record NotificationResponse(UUID id, String instrument, @Nullable String number, @Nullable String slug,
			LocalDate dated, @Nullable LocalDate deadline, @Nullable String titleEn, @Nullable String titleFr,
			@Nullable String titleEs, @Nullable String textEn, @Nullable String textFr, @Nullable String textEs,
			@Nullable String actionEn, @Nullable String actionFr, @Nullable String actionEs, List<String> textFiles,
			Set<AddresseeCategory> categories, List<NotificationAddresseeResponse> named,
			List<String> mandateParagraphs, NotificationStatus status, @Nullable Instant issuedAt, long version) {

		static NotificationResponse of(NotificationView n) {
			List<String> files = new java.util.ArrayList<>();
			for (org.synergies.shared.Language language : org.synergies.shared.Language.values()) {
				if (n.file(language) != null) {
					files.add("/notifications/" + n.ref() + "/text/" + language.code());
				}
			}
			return new NotificationResponse(n.id(), n.instrument(), n.number(), n.slug(), n.dated(), n.deadline(),
					n.titleEn(), n.titleFr(), n.titleEs(), n.textEn(), n.textFr(), n.textEs(), n.actionEn(),
					n.actionFr(), n.actionEs(), files, n.categories(),
					n.named().stream().map(NotificationAddresseeResponse::of).toList(), n.mandateParagraphs(),
					n.status(), n.issuedAt(), n.version());
		}

	}

	/** A draft notification (its texts typed; upload PDF/DOCX texts on the page). */
	record NotificationDraftRequest(@Nullable String instrument, @Nullable LocalDate dated,
			@Nullable LocalDate deadline, @Nullable String titleEn, @Nullable String titleFr, @Nullable String titleEs,
			@Nullable String textEn, @Nullable String textFr, @Nullable String textEs, @Nullable String actionEn,
			@Nullable String actionFr, @Nullable String actionEs, @Nullable Set<AddresseeCategory> categories,
			@Nullable List<String> countries, @Nullable List<UUID> organizations,
			@Nullable List<String> mandateParagraphs) {

		NotificationDetails details() {
			return new NotificationDetails(this.instrument, this.dated, this.deadline, this.titleEn, this.titleFr,
					this.titleEs, this.textEn, this.textFr, this.textEs, this.actionEn, this.actionFr, this.actionEs,
					this.categories == null ? Set.of() : this.categories,
					this.countries == null ? List.of() : this.countries,
					this.organizations == null ? List.of() : this.organizations,
					this.mandateParagraphs == null ? List.of() : this.mandateParagraphs);
		}

	}

	/**
	 * Issue the draft at this version; {@code number} only for a notification already
	 * issued outside Synergies (8 for 2018/008), else the next number is given.
	 */
	record NotificationIssueRequest(long version, @Nullable Integer number) {
	}

	/** One addressee of an issued notification and the contributions counting for it. */
	record NotificationAddresseeStatusResponse(NotificationAddresseeResponse addressee, String via, int sentTo,
			boolean answered, List<UUID> contributions, @Nullable Instant remindedAt) {

		static NotificationAddresseeStatusResponse of(AddresseeAnswer line) {
			return new NotificationAddresseeStatusResponse(NotificationAddresseeResponse.of(line.addressee()),
					line.via(), line.sentTo(), line.answered(),
					line.answers().stream().map(AddresseeAnswer.Answer::contribution).toList(), line.remindedAt());
		}

	}

	/**
	 * A contribution: sent by an addressee (channel ONLINE, sender its country or
	 * organization), or recorded by the Secretariat (channel EMAIL or LETTER, with the
	 * day received and where the receipt goes).
	 */
	record NotificationContributionRequest(@Nullable AddresseeKind senderKind, @Nullable String sender,
			@Nullable List<String> onBehalfCountries, @Nullable List<UUID> onBehalfOrganizations,
			@Nullable String language, @Nullable String text, @Nullable Boolean withheld,
			@Nullable ContributionChannel channel, @Nullable LocalDate receivedOn, @Nullable String replyTo) {

		ContributionDetails details() {
			return new ContributionDetails(this.senderKind, this.sender,
					this.onBehalfCountries == null ? List.of() : this.onBehalfCountries,
					this.onBehalfOrganizations == null ? List.of() : this.onBehalfOrganizations, this.language,
					this.text, Boolean.TRUE.equals(this.withheld), this.channel, this.receivedOn, this.replyTo);
		}

	}

	/** The sender replaces its contribution, naming the version it saw. */
	record NotificationContributionReplaceRequest(long version, @Nullable String language, @Nullable String text,
			@Nullable Boolean withheld) {

		ContributionDetails details() {
			return new ContributionDetails(null, null, List.of(), List.of(), this.language, this.text,
					Boolean.TRUE.equals(this.withheld), null, null, null);
		}

	}

	record NotificationContributionResponse(UUID id, UUID notification, NotificationAddresseeResponse sender,
			List<NotificationAddresseeResponse> onBehalf, ContributionChannel channel, String language,
			@Nullable String text, List<String> files, LocalDate receivedOn, boolean late, boolean unsolicited,
			boolean withheld, int revision, long version) {

		static NotificationContributionResponse of(ContributionView c) {
			return new NotificationContributionResponse(c.id(), c.notification(),
					NotificationAddresseeResponse.of(c.sender()),
					c.onBehalf().stream().map(NotificationAddresseeResponse::of).toList(), c.channel(), c.language(),
					c.text(), c.files().stream().map(ContributionView.ContributionFile::name).toList(), c.receivedOn(),
					c.late(), c.unsolicited(), c.withheld(), c.revision(), c.version());
		}

	}

}
