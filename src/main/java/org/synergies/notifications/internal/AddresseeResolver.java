package org.synergies.notifications.internal;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.synergies.accreditation.AccreditationRegister;
import org.synergies.accreditation.AccreditationView;
import org.synergies.countries.CountryMemberships;
import org.synergies.countries.FocalPoints;
import org.synergies.countries.MembershipStatus;
import org.synergies.countries.MembershipView;
import org.synergies.notifications.Addressee;
import org.synergies.notifications.AddresseeCategory;
import org.synergies.notifications.AddresseeKind;
import org.synergies.organizations.DirectoryQuery;
import org.synergies.organizations.NgoPartners;
import org.synergies.organizations.OrganizationKind;
import org.synergies.organizations.OrganizationManagement;
import org.synergies.organizations.OrganizationStatus;
import org.synergies.organizations.OrganizationView;
import org.synergies.shared.CountryCode;
import org.synergies.shared.FieldProblem;

/**
 * Turns a notification's categories and names into the countries and organizations it is
 * addressed to, and checks the names a person gives (an organization unknown, archived or
 * merged is refused, naming it).
 */
@Component
public class AddresseeResolver {

	private static final Set<OrganizationKind> IGOS = EnumSet.of(OrganizationKind.INTERGOVERNMENTAL,
			OrganizationKind.UN_BODY);

	private static final Set<OrganizationKind> CIVIL_SOCIETY = EnumSet.of(OrganizationKind.INTERNATIONAL_NGO,
			OrganizationKind.NATIONAL_NGO, OrganizationKind.INDIGENOUS_OR_LOCAL_COMMUNITY, OrganizationKind.YOUTH,
			OrganizationKind.ACADEMIC);

	private static final Set<OrganizationKind> NGOS = EnumSet.of(OrganizationKind.INTERNATIONAL_NGO,
			OrganizationKind.NATIONAL_NGO);

	private final CountryMemberships memberships;

	private final FocalPoints focalPoints;

	private final OrganizationManagement organizations;

	private final NgoPartners partners;

	private final AccreditationRegister register;

	AddresseeResolver(CountryMemberships memberships, FocalPoints focalPoints, OrganizationManagement organizations,
			NgoPartners partners, AccreditationRegister register) {
		this.memberships = memberships;
		this.focalPoints = focalPoints;
		this.organizations = organizations;
		this.partners = partners;
		this.register = register;
	}

	/** A country by code as an addressee, named in English. */
	public static Addressee country(CountryCode country) {
		return new Addressee(AddresseeKind.COUNTRY, country.value(), country.displayName(Locale.ENGLISH));
	}

	public static Addressee organization(OrganizationView organization) {
		return new Addressee(AddresseeKind.ORGANIZATION, organization.id().toString(), organization.officialName());
	}

	/**
	 * The countries named, each checked: an unknown code is a problem of {@code field}.
	 */
	public List<Addressee> countries(List<String> codes, String field, List<FieldProblem> problems) {
		List<Addressee> found = new ArrayList<>();
		for (String code : codes) {
			String clean = code.strip().toUpperCase(Locale.ROOT);
			if (clean.isEmpty()) {
				continue;
			}
			if (!CountryCode.isValid(clean)) {
				problems.add(new FieldProblem(field, "notification.problem.unknown-country", code.strip()));
			}
			else if (found.stream().noneMatch(addressee -> addressee.ref().equals(clean))) {
				found.add(country(CountryCode.of(clean)));
			}
		}
		return found;
	}

	/**
	 * The organizations named, each checked: unknown, archived or merged (naming the one
	 * it was merged into) is a problem of {@code field}.
	 */
	public List<Addressee> organizations(List<UUID> ids, String field, List<FieldProblem> problems) {
		List<Addressee> found = new ArrayList<>();
		for (UUID id : ids) {
			Optional<OrganizationView> organization = this.organizations.find(id);
			if (organization.isEmpty()) {
				problems.add(new FieldProblem(field, "notification.problem.unknown-organization", id.toString()));
			}
			else if (organization.get().status() == OrganizationStatus.MERGED) {
				String into = organization.get().mergedInto() == null ? "?"
						: this.organizations.find(organization.get().mergedInto())
							.map(OrganizationView::officialName)
							.orElse("?");
				problems.add(new FieldProblem(field, "notification.problem.merged-organization",
						organization.get().officialName(), into));
			}
			else if (organization.get().status() != OrganizationStatus.ACTIVE) {
				problems.add(new FieldProblem(field, "notification.problem.archived-organization",
						organization.get().officialName()));
			}
			else if (found.stream().noneMatch(addressee -> addressee.ref().equals(id.toString()))) {
				found.add(organization(organization.get()));
			}
		}
		return found;
	}

	/**
	 * Everyone a notification of the instrument is addressed to, each once, with the
	 * first category (or {@code NAMED}) it came through.
	 */
	public Map<Addressee, String> resolve(String instrument, Set<AddresseeCategory> categories, List<Addressee> named) {
		Map<String, Addressee> byKey = new LinkedHashMap<>();
		Map<Addressee, String> via = new LinkedHashMap<>();
		for (AddresseeCategory category : AddresseeCategory.values()) {
			if (categories.contains(category)) {
				for (Addressee addressee : members(category, instrument)) {
					if (byKey.putIfAbsent(addressee.key(), addressee) == null) {
						via.put(addressee, category.name());
					}
				}
			}
		}
		for (Addressee addressee : named) {
			if (byKey.putIfAbsent(addressee.key(), addressee) == null) {
				via.put(addressee, "NAMED");
			}
		}
		return via;
	}

	private List<Addressee> members(AddresseeCategory category, String instrument) {
		return switch (category) {
			case PARTIES -> countries(instrument, MembershipStatus.PARTY);
			case NON_PARTY_RANGE_STATES -> countries(instrument, MembershipStatus.SIGNATORY);
			case OTHER_GOVERNMENTS -> otherGovernments(instrument);
			case IGOS -> organizations(IGOS);
			case NGO_PARTNERS -> this.partners.ids()
				.stream()
				.map(this.organizations::find)
				.flatMap(Optional::stream)
				.filter(organization -> organization.status() == OrganizationStatus.ACTIVE)
				.map(AddresseeResolver::organization)
				.sorted(java.util.Comparator.comparing(Addressee::name))
				.toList();
			case ACCREDITED_NGOS -> this.register.inForce()
				.stream()
				.map(AccreditationView::organization)
				.distinct()
				.map(this.organizations::find)
				.flatMap(Optional::stream)
				.filter(organization -> organization.status() == OrganizationStatus.ACTIVE
						&& NGOS.contains(organization.kind()))
				.map(AddresseeResolver::organization)
				.toList();
			case CIVIL_SOCIETY -> organizations(CIVIL_SOCIETY);
			case AGREEMENT_SECRETARIATS -> organizations(EnumSet.of(OrganizationKind.MEA_SECRETARIAT));
		};
	}

	private List<Addressee> countries(String instrument, MembershipStatus status) {
		return this.memberships.all(instrument)
			.stream()
			.filter(membership -> membership.status() == status)
			.map(membership -> country(membership.country()))
			.toList();
	}

	private List<Addressee> otherGovernments(String instrument) {
		Set<CountryCode> members = this.memberships.all(instrument)
			.stream()
			.map(MembershipView::country)
			.collect(Collectors.toSet());
		Set<CountryCode> known = new java.util.TreeSet<>(java.util.Comparator.comparing(CountryCode::value));
		this.memberships.all(null).forEach(membership -> known.add(membership.country()));
		known.addAll(this.focalPoints.countByCountry().keySet());
		return known.stream().filter(country -> !members.contains(country)).map(AddresseeResolver::country).toList();
	}

	private List<Addressee> organizations(Set<OrganizationKind> kinds) {
		List<Addressee> found = new ArrayList<>();
		for (OrganizationKind kind : kinds) {
			this.organizations
				.forEach(
						new DirectoryQuery(null, kind, null, null, OrganizationStatus.ACTIVE, DirectoryQuery.Sort.NAME,
								0, DirectoryQuery.MAX_SIZE, false),
						organization -> found.add(organization(organization)));
		}
		return found;
	}

}
