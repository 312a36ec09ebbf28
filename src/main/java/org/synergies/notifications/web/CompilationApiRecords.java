package org.synergies.notifications.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.synergies.notifications.CompiledContribution;
import org.synergies.notifications.ContributionsSummary;
import org.synergies.notifications.NotificationCompilation;
import org.synergies.notifications.NotificationCompilation.Status;
import org.synergies.notifications.NotificationView;
import org.synergies.notifications.web.NotificationApiRecords.NotificationAddresseeResponse;
import org.synergies.shared.Language;

/** The API's own records for the compilations "as received" of notifications. */
final class CompilationApiRecords {

	private CompilationApiRecords() {
	}

	/**
	 * Compile every contribution received so far (except those their senders withheld)
	 * under an information document's symbol, in a language.
	 *
	 * @param symbol e.g. {@code UNEP/CMS/COP13/Inf.32}
	 * @param language {@code en}, {@code fr} or {@code es} (or in capitals)
	 */
	record NotificationCompilationRequest(@Nullable String symbol, @Nullable String language) {

		@Nullable Language chosenLanguage() {
			return this.language == null ? null
					: Language.fromCode(this.language.strip().toLowerCase(java.util.Locale.ROOT)).orElse(null);
		}

	}

	/** Publish the written compilation at this version. */
	record NotificationCompilationPublishRequest(long version) {
	}

	/**
	 * A compilation: its progress while written, then the address of each output.
	 *
	 * @param downloads the addresses of the DOCX, PDF and HTML outputs once written
	 */
	record NotificationCompilationResponse(UUID id, UUID notification, String symbol, Language language, Status status,
			@Nullable String step, int progress, @Nullable String error, Instant requestedAt,
			@Nullable Instant finishedAt, @Nullable Instant publishedAt, List<UUID> contributions,
			List<String> downloads, long version) {

		static NotificationCompilationResponse of(NotificationCompilation c) {
			return new NotificationCompilationResponse(c.id(), c.notification(), c.symbol(), c.language(), c.status(),
					c.step(), c.progress(), c.error(), c.requestedAt(), c.finishedAt(), c.publishedAt(),
					c.contributions(),
					c.formats()
						.stream()
						.map(format -> "/api/v1/notifications/" + c.notification() + "/compilations/" + c.id() + "/"
								+ format.extension())
						.toList(),
					c.version());
		}

	}

	/** Who contributed, in one paragraph per working language. */
	record NotificationSummaryResponse(String en, String fr, String es) {

		static NotificationSummaryResponse of(ContributionsSummary summary) {
			return new NotificationSummaryResponse(summary.en(), summary.fr(), summary.es());
		}

	}

	/** A courtesy translation of a compiled contribution (never an official one). */
	record NotificationCourtesyTranslationResponse(Language language, @Nullable String text,
			@Nullable String fileName) {
	}

	/**
	 * A contribution as a published compilation holds it, in its original language.
	 *
	 * @param files the names of the files sent with it
	 */
	record NotificationCompiledContributionResponse(UUID id, NotificationAddresseeResponse sender,
			List<NotificationAddresseeResponse> onBehalf, String language, @Nullable String text, LocalDate receivedOn,
			List<String> files, List<NotificationCourtesyTranslationResponse> courtesyTranslations, String symbol,
			String page) {

		static NotificationCompiledContributionResponse of(CompiledContribution c, NotificationView notification) {
			return new NotificationCompiledContributionResponse(c.id(), NotificationAddresseeResponse.of(c.sender()),
					c.onBehalf().stream().map(NotificationAddresseeResponse::of).toList(), c.language(), c.text(),
					c.receivedOn(), c.files(),
					c.translations()
						.stream()
						.map(t -> new NotificationCourtesyTranslationResponse(t.language(), t.text(),
								t.file() == null ? null : t.file().name()))
						.toList(),
					c.symbol(), "/notifications/" + notification.ref() + "/compiled/" + c.id());
		}

	}

}
