package org.synergies.notifications.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.synergies.notifications.Addressee;
import org.synergies.notifications.ContributionView;
import org.synergies.notifications.CourtesyTranslation;
import org.synergies.notifications.NotificationCompilation;
import org.synergies.notifications.NotificationView;
import org.synergies.notifications.internal.AsReceivedDocument.Entry;
import org.synergies.notifications.internal.AsReceivedDocument.Translation;
import org.synergies.reference.ReferenceData;
import org.synergies.shared.Language;
import org.synergies.shared.UnDates;

/**
 * Lays a compilation "as received" out in its language: the UN first page, the
 * Secretariat's cover note with the summary of who contributed, the table of who
 * contributed and on whose behalf, the courtesy translations still pending, then each
 * contribution in the revision compiled, followed by its available courtesy translations.
 */
@Component
public class AsReceivedModel {

	private final NotificationRecords notifications;

	private final ContributionRecords contributions;

	private final TranslationRecords translations;

	private final CompilationRecords compilations;

	private final ReferenceData reference;

	private final MessageSource messages;

	private final Clock clock;

	AsReceivedModel(NotificationRecords notifications, ContributionRecords contributions,
			TranslationRecords translations, CompilationRecords compilations, ReferenceData reference,
			MessageSource messages, Clock clock) {
		this.notifications = notifications;
		this.contributions = contributions;
		this.translations = translations;
		this.compilations = compilations;
		this.reference = reference;
		this.messages = messages;
		this.clock = clock;
	}

	/** A contribution as a compilation holds it: the revision compiled. */
	public record Compiled(ContributionView contribution, String language, @Nullable String text, List<String> files) {
	}

	public Compiled compiled(UUID compilation, UUID contribution) {
		ContributionView view = this.contributions.find(contribution).orElseThrow();
		int revision = this.compilations.revisionIn(compilation, contribution);
		return this.contributions.revisions(contribution)
			.stream()
			.filter(candidate -> candidate.number() == revision)
			.findFirst()
			.map(found -> new Compiled(view, found.language(), found.text(),
					this.compilations.fileNames(contribution, revision)))
			.orElseGet(() -> new Compiled(view, view.language(), view.text(),
					view.files().stream().map(ContributionView.ContributionFile::name).toList()));
	}

	AsReceivedDocument model(NotificationCompilation compilation, int withheld) {
		Language language = compilation.language();
		Locale locale = language.locale();
		NotificationView notification = this.notifications.find(compilation.notification()).orElseThrow();
		List<Compiled> compiled = compilation.contributions()
			.stream()
			.map(contribution -> compiled(compilation.id(), contribution))
			.toList();
		List<String> cover = new ArrayList<>();
		cover.add(text(locale, "notifications.compilations.document.invitation", notification.number(),
				UnDates.date(notification.dated(), language), notification.title(language)));
		cover.add(ContributorsSentence.write(compiled.stream().map(Compiled::contribution).toList(), language));
		cover.add(text(locale, "notifications.compilations.document.asReceivedNote"));
		if (withheld > 0) {
			cover.add(text(locale, "notifications.compilations.document.withheld", withheld));
		}
		List<List<String>> rows = new ArrayList<>();
		List<Entry> entries = new ArrayList<>();
		List<String> pending = new ArrayList<>();
		for (Compiled one : compiled) {
			ContributionView contribution = one.contribution();
			String sender = ContributorNames.name(contribution.sender(), language);
			String onBehalf = String.join(", ",
					contribution.onBehalf().stream().map(party -> ContributorNames.name(party, language)).toList());
			String languageName = Locale.forLanguageTag(one.language()).getDisplayLanguage(locale);
			rows.add(List.of(sender, onBehalf.isEmpty() ? "—" : onBehalf, languageName,
					UnDates.date(contribution.receivedOn(), language)));
			List<String> facts = new ArrayList<>();
			facts.add(text(locale, "notifications.compilations.document.received",
					UnDates.date(contribution.receivedOn(), language), languageName)
					+ (contribution.late() ? " " + text(locale, "notifications.compilations.document.late") : ""));
			if (!onBehalf.isEmpty()) {
				facts.add(text(locale, "notifications.compilations.document.onBehalf", onBehalf));
			}
			List<Translation> translated = new ArrayList<>();
			List<String> awaited = new ArrayList<>();
			for (CourtesyTranslation translation : this.translations.ofContribution(contribution.id())) {
				String into = translation.language().locale().getDisplayLanguage(locale);
				if (translation.status().isAvailable()) {
					translated.add(new Translation(
							text(locale, "notifications.compilations.document.courtesyTranslation", into),
							translation.language().code(), paragraphs(translation.text()),
							translation.file() == null ? null : text(locale,
									"notifications.compilations.document.translatedFile", translation.file().name())));
				}
				else if (translation.status().isPending()) {
					awaited.add(into);
				}
			}
			if (!awaited.isEmpty()) {
				pending.add(text(locale, "notifications.compilations.document.pendingLine", sender,
						String.join(", ", awaited)));
			}
			entries.add(new Entry(sender, facts, one.language(), paragraphs(one.text()),
					one.files().isEmpty() ? null
							: text(locale, "notifications.compilations.document.files", String.join(", ", one.files())),
					translated));
		}
		return new AsReceivedDocument(language.code(), organ(notification.instrument(), locale), compilation.symbol(),
				text(locale, "document.distribution"), UnDates.date(LocalDate.now(this.clock), language),
				text(locale, "document.register.original", locale.getDisplayLanguage(locale)),
				text(locale, "notifications.compilations.document.title", notification.number()),
				text(locale, "notifications.compilations.document.preparedBy"),
				text(locale, "notifications.compilations.document.coverHeading"), cover,
				text(locale, "notifications.compilations.document.tableCaption"),
				List.of(text(locale, "notifications.compilations.document.sender"),
						text(locale, "notifications.compilations.document.alsoOnBehalf"),
						text(locale, "notifications.compilations.document.language"),
						text(locale, "notifications.compilations.document.receivedOn")),
				rows, text(locale, "notifications.compilations.document.contributionsHeading"), entries,
				text(locale, "notifications.compilations.document.pendingHeading"), pending,
				text(locale, "notifications.compilations.document.noPending"));
	}

	/** The Convention's heading, or the instrument's name in capitals. */
	private String organ(String instrument, Locale locale) {
		return "CMS".equals(instrument) ? text(locale, "document.register.convention")
				: this.reference.instrumentName(instrument, locale).toUpperCase(locale);
	}

	private static List<String> paragraphs(@Nullable String text) {
		if (text == null || text.isBlank()) {
			return List.of();
		}
		return List.of(text.strip().split("\\R\\s*\\R"));
	}

	private String text(Locale locale, String key, Object... arguments) {
		return this.messages.getMessage(key, arguments, locale);
	}

	/** The sender of a contribution, named in a language (for pages). */
	public static String name(Addressee party, Language language) {
		return ContributorNames.name(party, language);
	}

}
