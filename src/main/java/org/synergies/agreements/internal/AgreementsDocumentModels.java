package org.synergies.agreements.internal;

import java.text.Collator;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.synergies.agreements.AgreementKind;
import org.synergies.agreements.AgreementStatus;
import org.synergies.agreements.AgreementView;
import org.synergies.meetings.MeetingNames;
import org.synergies.organizations.OrganizationManagement;
import org.synergies.reference.ReferenceData;
import org.synergies.shared.FrenchTypography;
import org.synergies.shared.Language;
import org.synergies.shared.UnDates;

/**
 * Words the list of agreements for one language: parts by status in the order a progress
 * report reads them (in force, extended, signed, expired, terminated, then under
 * negotiation), a table per kind, each agreement with its partners, instrument, signature
 * (day, place, or the meeting at which it was signed, with its article) and validity as
 * UN documents write dates. French is set in French typography.
 */
@Component
class AgreementsDocumentModels {

	static final List<AgreementStatus> ORDER = List.of(AgreementStatus.IN_FORCE, AgreementStatus.EXTENDED,
			AgreementStatus.SIGNED, AgreementStatus.EXPIRED, AgreementStatus.TERMINATED,
			AgreementStatus.UNDER_NEGOTIATION);

	private static final String[] ROMAN = { "I", "II", "III", "IV", "V", "VI" };

	private static final String KEY = "document.agreements.";

	private final OrganizationManagement organizations;

	private final ReferenceData reference;

	private final MeetingNames meetings;

	private final MessageSource messages;

	private final Clock clock;

	AgreementsDocumentModels(OrganizationManagement organizations, ReferenceData reference, MeetingNames meetings,
			MessageSource messages, Clock clock) {
		this.organizations = organizations;
		this.reference = reference;
		this.meetings = meetings;
		this.messages = messages;
		this.clock = clock;
	}

	/**
	 * @param agreements those to list (the caller decides whether the ones under
	 * negotiation are among them)
	 * @param internal whether this is the Secretariat's version, with the agreements
	 * under negotiation
	 */
	AgreementsDocument model(List<AgreementView> agreements, String symbol, Language language, boolean internal) {
		Locale locale = language.locale();
		UnaryOperator<String> set = text -> FrenchTypography.apply(text, language);
		LocalDate today = LocalDate.now(this.clock);
		Collator collator = Collator.getInstance(locale);
		List<AgreementsDocument.Part> parts = new ArrayList<>();
		int number = 0;
		for (AgreementStatus status : ORDER) {
			List<AgreementsDocument.Kind> kinds = new ArrayList<>();
			for (AgreementKind kind : AgreementKind.values()) {
				List<AgreementView> listed = agreements.stream()
					.filter(agreement -> agreement.status() == status && agreement.kind() == kind)
					.sorted(Comparator.comparing(agreement -> agreement.title(locale), collator))
					.toList();
				if (listed.isEmpty()) {
					continue;
				}
				List<List<String>> rows = new ArrayList<>();
				for (AgreementView agreement : listed) {
					rows.add(row(++number, agreement, language).stream().map(set).toList());
				}
				kinds.add(new AgreementsDocument.Kind(set.apply(text(locale, "kind." + kind)), rows));
			}
			if (!kinds.isEmpty()) {
				String heading = ROMAN[parts.size()] + ". " + text(locale, "status." + status);
				parts.add(new AgreementsDocument.Part(set.apply(heading), kinds));
			}
		}
		List<String> paragraphs = List.of(text(locale, "paragraph1", today), text(locale, "paragraph2", number),
				text(locale, internal ? "paragraph3.internal" : "paragraph3.public"));
		List<String> headings = List.of("number", "agreement", "partners", "instrument", "signature", "validity")
			.stream()
			.map(key -> text(locale, "column." + key))
			.toList();
		return new AgreementsDocument(symbol, set.apply(message(locale, "document.register.convention")),
				set.apply(message(locale, "document.distribution")), UnDates.date(today, language),
				set.apply(
						message(locale, "document.register.original", Language.EN.locale().getDisplayLanguage(locale))),
				set.apply(text(locale, "title")), set.apply(text(locale, "preparedBy")),
				paragraphs.stream().map(set).toList(), headings.stream().map(set).toList(), parts);
	}

	private List<String> row(int number, AgreementView agreement, Language language) {
		Locale locale = language.locale();
		List<String> partners = agreement.partners()
			.stream()
			.map(id -> this.organizations.find(id).map(found -> found.name(locale)).orElse(""))
			.filter(name -> !name.isEmpty())
			.sorted(Collator.getInstance(locale))
			.toList();
		return List.of(String.valueOf(number), agreement.title(locale), String.join("; ", partners),
				this.reference.acronymOf(agreement.instrument()), signature(agreement, language),
				validity(agreement, language));
	}

	private String signature(AgreementView agreement, Language language) {
		Locale locale = language.locale();
		if (agreement.status() == AgreementStatus.UNDER_NEGOTIATION) {
			return text(locale, "notSigned");
		}
		List<String> parts = new ArrayList<>();
		if (agreement.signedOn() != null) {
			parts.add(UnDates.date(agreement.signedOn(), language));
		}
		if (agreement.signedPlace() != null) {
			parts.add(agreement.signedPlace());
		}
		if (agreement.signedAtMeeting() != null) {
			parts.add(text(locale, "atMeeting", this.meetings.meeting(agreement.signedAtMeeting()).the()));
		}
		return parts.isEmpty() ? text(locale, "notRecorded") : String.join(", ", parts);
	}

	private String validity(AgreementView agreement, Language language) {
		Locale locale = language.locale();
		LocalDate from = agreement.validFrom();
		LocalDate until = agreement.validUntil();
		if (from != null && until != null) {
			return UnDates.range(from, until, language);
		}
		if (until != null) {
			return text(locale, "until", until);
		}
		return from != null ? text(locale, "from", from) : text(locale, "validityUnknown");
	}

	private String text(Locale locale, String key, Object... arguments) {
		return message(locale, KEY + key, arguments);
	}

	private String message(Locale locale, String key, Object... arguments) {
		return this.messages.getMessage(key, arguments, locale);
	}

}
