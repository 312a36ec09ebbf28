package org.synergies.countries.web;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.synergies.countries.CountryAccess;
import org.synergies.countries.CountryMemberships;
import org.synergies.countries.CountryNotifications;
import org.synergies.countries.FocalPointView;
import org.synergies.countries.FocalPoints;
import org.synergies.countries.MembershipView;
import org.synergies.countries.Treaties;
import org.synergies.countries.Treaty;
import org.synergies.organizations.DirectoryPage;
import org.synergies.organizations.DirectoryQuery;
import org.synergies.organizations.OrganizationManagement;
import org.synergies.organizations.OrganizationStatus;
import org.synergies.reference.ReferenceData;
import org.synergies.shared.CountryCode;

/**
 * What the country page and the list of countries show, gathered for the template: the
 * country's memberships, its focal points by treaty, the partners based or working there.
 */
@Component
class CountryPage {

	/** A treaty with the country's focal points for it, primary first. */
	record TreatyFocalPoints(Treaty treaty, List<FocalPointView> focalPoints) {
	}

	/** A line of the list of countries. */
	record CountryLine(CountryCode country, String name, long memberships, long focalPoints) {
	}

	static final int ORGANIZATIONS_SHOWN = 100;

	private final CountryMemberships memberships;

	private final FocalPoints focalPoints;

	private final Treaties treaties;

	private final OrganizationManagement organizations;

	private final ReferenceData reference;

	private final CountryAccess access;

	private final ObjectProvider<CountryNotifications> notifications;

	CountryPage(CountryMemberships memberships, FocalPoints focalPoints, Treaties treaties,
			OrganizationManagement organizations, ReferenceData reference, CountryAccess access,
			ObjectProvider<CountryNotifications> notifications) {
		this.notifications = notifications;
		this.memberships = memberships;
		this.focalPoints = focalPoints;
		this.treaties = treaties;
		this.organizations = organizations;
		this.reference = reference;
		this.access = access;
	}

	void addTo(Model model, CountryCode country, Locale locale) {
		model.addAttribute("country", country);
		model.addAttribute("countryName", country.displayName(locale));
		model.addAttribute("region", this.reference.regionOf(country).map(region -> region.name(locale)).orElse(null));
		model.addAttribute("memberships", this.memberships.of(country));
		model.addAttribute("treaties", this.treaties);
		Map<String, List<FocalPointView>> byTreaty = new LinkedHashMap<>();
		for (FocalPointView focalPoint : this.focalPoints.of(country)) {
			byTreaty.computeIfAbsent(focalPoint.treaty(), code -> new ArrayList<>()).add(focalPoint);
		}
		model.addAttribute("focalPoints", byTreaty.entrySet()
			.stream()
			.map(entry -> new TreatyFocalPoints(this.treaties.find(entry.getKey()).orElseThrow(), entry.getValue()))
			.toList());
		model.addAttribute("organizations", partners(country));
		// the notifications module, when running (not in this module's own tests)
		CountryNotifications sent = this.notifications.getIfAvailable();
		model.addAttribute("notifications", sent == null ? List.of() : sent.sentTo(country, locale));
		model.addAttribute("keeps", this.access.isSecretariat() || this.access.isFocalPointOf(country));
		model.addAttribute("secretariat", this.access.isSecretariat());
		model.addAttribute("seesContacts", this.access.canSeeContacts());
	}

	/** The active partners headquartered or working in the country, by name. */
	DirectoryPage partners(CountryCode country) {
		return this.organizations.directory(new DirectoryQuery(null, null, country.value(), null,
				OrganizationStatus.ACTIVE, DirectoryQuery.Sort.NAME, 0, ORGANIZATIONS_SHOWN));
	}

	/**
	 * The countries with a membership or a focal point, by name in the reader's language.
	 */
	List<CountryLine> lines(Locale locale) {
		Map<CountryCode, Long> memberships = new TreeMap<>(Comparator.comparing(CountryCode::value));
		for (MembershipView membership : this.memberships.all(null)) {
			memberships.merge(membership.country(), 1L, Long::sum);
		}
		Map<CountryCode, Long> focalPoints = this.focalPoints.countByCountry();
		Set<CountryCode> countries = new HashSet<>(memberships.keySet());
		countries.addAll(focalPoints.keySet());
		Collator collator = Collator.getInstance(locale);
		return countries.stream()
			.map(country -> new CountryLine(country, country.displayName(locale), memberships.getOrDefault(country, 0L),
					focalPoints.getOrDefault(country, 0L)))
			.sorted(Comparator.comparing(CountryLine::name, collator))
			.toList();
	}

}
