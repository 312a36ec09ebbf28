package org.synergies.agreements.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.synergies.agreements.AgreementKind;
import org.synergies.agreements.AgreementStatus;
import org.synergies.agreements.AgreementView;
import org.synergies.documents.Spreadsheets;
import org.synergies.meetings.GoverningBodies;
import org.synergies.meetings.MeetingView;
import org.synergies.organizations.DirectoryQuery;
import org.synergies.organizations.OrganizationManagement;
import org.synergies.reference.ReferenceData;

/**
 * What agreement pages show besides the agreements: names of partners and instruments,
 * the lists the filters and forms choose from, and the rows of the exports.
 */
@Component
class AgreementLines {

	private final OrganizationManagement organizations;

	private final ReferenceData reference;

	private final GoverningBodies bodies;

	private final MessageSource messages;

	AgreementLines(OrganizationManagement organizations, ReferenceData reference, GoverningBodies bodies,
			MessageSource messages) {
		this.organizations = organizations;
		this.reference = reference;
		this.bodies = bodies;
		this.messages = messages;
	}

	AgreementLine line(AgreementView agreement, Locale locale) {
		List<AgreementLine.Partner> partners = agreement.partners()
			.stream()
			.map(id -> new AgreementLine.Partner(id,
					this.organizations.find(id).map(found -> found.name(locale)).orElse(id.toString())))
			.sorted(Comparator.comparing(AgreementLine.Partner::name))
			.toList();
		return new AgreementLine(agreement, this.reference.acronymOf(agreement.instrument()), partners);
	}

	List<AgreementLine> lines(List<AgreementView> agreements, Locale locale) {
		return agreements.stream().map(agreement -> line(agreement, locale)).toList();
	}

	/** The choices of the list's filters and of the form. */
	void addChoices(Model model, Locale locale) {
		addChoices(model, locale, List.of());
	}

	/**
	 * The choices, with the partners an agreement already has among them: one archived
	 * since is no longer active, and an edit must not drop it unseen.
	 */
	void addChoices(Model model, Locale locale, List<UUID> kept) {
		model.addAttribute("kinds", AgreementKind.values());
		model.addAttribute("statuses", AgreementStatus.values());
		model.addAttribute("instruments", this.reference.instruments());
		List<AgreementLine.Partner> partners = new ArrayList<>();
		this.organizations.forEach(DirectoryQuery.firstPage(DirectoryQuery.MAX_SIZE),
				organization -> partners.add(new AgreementLine.Partner(organization.id(), organization.name(locale))));
		for (UUID id : kept) {
			if (partners.stream().noneMatch(partner -> partner.id().equals(id))) {
				this.organizations.find(id)
					.ifPresent(found -> partners.add(new AgreementLine.Partner(id, found.name(locale))));
			}
		}
		partners.sort(Comparator.comparing(AgreementLine.Partner::name));
		model.addAttribute("partners", partners);
	}

	List<MeetingView> meetings() {
		return this.bodies.meetings(null);
	}

	Map<UUID, MeetingView> meetingsById() {
		return meetings().stream().collect(Collectors.toMap(MeetingView::id, Function.identity()));
	}

	/** The list as a table for CSV and XLSX, headed in the reader's language. */
	Spreadsheets.Table table(List<AgreementView> agreements, Locale locale) {
		List<String> columns = List
			.of("agreement.title", "agreement.kind", "agreement.instrument", "agreement.partners", "agreement.status",
					"agreement.signedOn", "agreement.validFrom", "agreement.validUntil")
			.stream()
			.map(key -> this.messages.getMessage(key, null, locale))
			.toList();
		return new Spreadsheets.Table("agreements", columns, row -> {
			for (AgreementView agreement : agreements) {
				AgreementLine line = line(agreement, locale);
				row.accept(Arrays.asList(agreement.title(locale),
						this.messages.getMessage("agreement.kind." + agreement.kind(), null, locale), line.instrument(),
						line.partnerNames(),
						this.messages.getMessage("agreement.status." + agreement.status(), null, locale),
						iso(agreement.signedOn()), iso(agreement.validFrom()), iso(agreement.validUntil())));
			}
		});
	}

	private static String iso(@Nullable LocalDate date) {
		return date == null ? "" : date.toString();
	}

}
