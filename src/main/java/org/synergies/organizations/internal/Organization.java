package org.synergies.organizations.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Embedded;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;
import org.synergies.organizations.ContactDetails;
import org.synergies.organizations.ContactView;
import org.synergies.organizations.OrganizationDetails;
import org.synergies.organizations.OrganizationKind;
import org.synergies.organizations.OrganizationStatus;
import org.synergies.organizations.OrganizationView;
import org.synergies.shared.Language;
import org.synergies.shared.NotFoundException;
import org.synergies.shared.RuleViolationException;

/**
 * A partner organization: its profile, its interests in the CMS Family, its contacts.
 * Guards its life: active, archived, or merged into another organization (a merged
 * organization keeps its record and points to the survivor).
 */
@Table("organization")
public class Organization {

	@Id
	private final UUID id;

	private String officialName;

	private @Nullable String nameEn;

	private @Nullable String nameFr;

	private @Nullable String nameEs;

	private @Nullable String acronym;

	private OrganizationKind kind;

	private @Nullable String headquarters;

	private @Nullable String website;

	private @Nullable String publicEmail;

	private @Nullable String description;

	private @Nullable Language descriptionLanguage;

	private OrganizationStatus status;

	private @Nullable UUID mergedInto;

	@Embedded.Empty
	private DirectoryKeys directoryKeys;

	@MappedCollection(idColumn = "organization_id")
	private Set<OrganizationCountry> countries;

	@MappedCollection(idColumn = "organization_id")
	private Set<InstrumentInterest> instruments;

	@MappedCollection(idColumn = "organization_id")
	private Set<SpeciesGroupCoverage> speciesGroups;

	@MappedCollection(idColumn = "organization_id", keyColumn = "position")
	private List<OrganizationContact> contacts;

	private final Instant createdAt;

	private Instant updatedAt;

	@Version
	private @Nullable Long version;

	@PersistenceCreator
	Organization(UUID id, String officialName, @Nullable String nameEn, @Nullable String nameFr,
			@Nullable String nameEs, @Nullable String acronym, OrganizationKind kind, @Nullable String headquarters,
			@Nullable String website, @Nullable String publicEmail, @Nullable String description,
			@Nullable Language descriptionLanguage, OrganizationStatus status, @Nullable UUID mergedInto,
			DirectoryKeys directoryKeys, Set<OrganizationCountry> countries, Set<InstrumentInterest> instruments,
			Set<SpeciesGroupCoverage> speciesGroups, List<OrganizationContact> contacts, Instant createdAt,
			Instant updatedAt, @Nullable Long version) {
		this.id = id;
		this.officialName = officialName;
		this.nameEn = nameEn;
		this.nameFr = nameFr;
		this.nameEs = nameEs;
		this.acronym = acronym;
		this.kind = kind;
		this.headquarters = headquarters;
		this.website = website;
		this.publicEmail = publicEmail;
		this.description = description;
		this.descriptionLanguage = descriptionLanguage;
		this.status = status;
		this.mergedInto = mergedInto;
		this.directoryKeys = directoryKeys;
		this.countries = countries;
		this.instruments = instruments;
		this.speciesGroups = speciesGroups;
		this.contacts = contacts;
		this.createdAt = createdAt;
		this.updatedAt = updatedAt;
		this.version = version;
	}

	/** A new, active organization. The details must have passed the rules. */
	public static Organization register(OrganizationDetails details, Instant now) {
		Organization organization = new Organization(UUID.randomUUID(), "", null, null, null, null,
				OrganizationKind.INTERNATIONAL_NGO, null, null, null, null, null, OrganizationStatus.ACTIVE, null,
				DirectoryKeys.of("", null, null, null, null), Set.of(), Set.of(), Set.of(), new ArrayList<>(), now, now,
				null);
		organization.describe(details, now);
		return organization;
	}

	/** Replaces the profile with these details (which must have passed the rules). */
	public void describe(OrganizationDetails details, Instant now) {
		this.officialName = String.valueOf(details.officialName());
		this.nameEn = details.nameEn();
		this.nameFr = details.nameFr();
		this.nameEs = details.nameEs();
		this.acronym = details.acronym();
		this.kind = details.kind() == null ? this.kind : details.kind();
		this.headquarters = details.headquarters();
		this.website = details.website();
		this.publicEmail = details.publicEmail();
		this.description = details.description();
		this.descriptionLanguage = details.description() == null ? null : details.descriptionLanguage();
		this.countries = details.countries().stream().map(OrganizationCountry::new).collect(Collectors.toSet());
		this.instruments = details.instruments().stream().map(InstrumentInterest::new).collect(Collectors.toSet());
		this.speciesGroups = details.speciesGroups()
			.stream()
			.map(SpeciesGroupCoverage::new)
			.collect(Collectors.toSet());
		reindex();
		this.updatedAt = now;
	}

	public void archive(Instant now) {
		if (this.status != OrganizationStatus.ACTIVE) {
			throw new RuleViolationException("organization.rule.archive-only-active");
		}
		this.status = OrganizationStatus.ARCHIVED;
		this.updatedAt = now;
	}

	/**
	 * Brings an archived organization back, or undoes a merge: the record was never lost.
	 */
	public void restore(Instant now) {
		if (this.status == OrganizationStatus.ACTIVE) {
			throw new RuleViolationException("organization.rule.already-active");
		}
		this.status = OrganizationStatus.ACTIVE;
		this.mergedInto = null;
		this.updatedAt = now;
	}

	/**
	 * Takes in a duplicate: fills what this profile lacks from it, adds its countries,
	 * interests and contacts. Nothing this profile already says is overwritten.
	 */
	public void absorb(Organization duplicate, Instant now) {
		requireMergeable();
		duplicate.requireMergeable();
		if (duplicate.id.equals(this.id)) {
			throw new RuleViolationException("organization.rule.merge-itself");
		}
		this.nameEn = firstOf(this.nameEn, duplicate.nameEn);
		this.nameFr = firstOf(this.nameFr, duplicate.nameFr);
		this.nameEs = firstOf(this.nameEs, duplicate.nameEs);
		this.acronym = firstOf(this.acronym, duplicate.acronym);
		this.headquarters = firstOf(this.headquarters, duplicate.headquarters);
		this.website = firstOf(this.website, duplicate.website);
		this.publicEmail = firstOf(this.publicEmail, duplicate.publicEmail);
		if (this.description == null) {
			this.description = duplicate.description;
			this.descriptionLanguage = duplicate.descriptionLanguage;
		}
		this.countries = union(this.countries, duplicate.countries);
		this.instruments = union(this.instruments, duplicate.instruments);
		this.speciesGroups = union(this.speciesGroups, duplicate.speciesGroups);
		this.contacts = OrganizationContact.merged(this.contacts, duplicate.contacts);
		reindex();
		this.updatedAt = now;
	}

	/**
	 * Marks this organization as a duplicate of the survivor; its contacts moved there.
	 */
	public void mergeInto(UUID survivor, Instant now) {
		requireMergeable();
		this.status = OrganizationStatus.MERGED;
		this.mergedInto = survivor;
		this.contacts = new ArrayList<>();
		// its acronym now belongs to the survivor: it must not block the survivor's
		this.directoryKeys = this.directoryKeys.withoutAcronym();
		this.updatedAt = now;
	}

	public UUID addContact(ContactDetails details, Instant now) {
		UUID contactId = UUID.randomUUID();
		List<OrganizationContact> updated = new ArrayList<>(this.contacts);
		updated.add(OrganizationContact.of(contactId, details));
		this.contacts = updated;
		this.updatedAt = now;
		return contactId;
	}

	public void updateContact(UUID contactId, ContactDetails details, Instant now) {
		requireContact(contactId);
		this.contacts = new ArrayList<>(this.contacts.stream()
			.map(contact -> contact.contactId().equals(contactId) ? OrganizationContact.of(contactId, details)
					: contact)
			.toList());
		this.updatedAt = now;
	}

	public void removeContact(UUID contactId, Instant now) {
		requireContact(contactId);
		this.contacts = new ArrayList<>(
				this.contacts.stream().filter(contact -> !contact.contactId().equals(contactId)).toList());
		this.updatedAt = now;
	}

	public UUID id() {
		return this.id;
	}

	public OrganizationStatus status() {
		return this.status;
	}

	public long version() {
		return this.version == null ? 0 : this.version;
	}

	public OrganizationView view() {
		return new OrganizationView(this.id, this.officialName, this.nameEn, this.nameFr, this.nameEs, this.acronym,
				this.kind, this.headquarters,
				this.countries.stream().map(OrganizationCountry::country).collect(Collectors.toUnmodifiableSet()),
				this.website, this.publicEmail, this.description, this.descriptionLanguage,
				this.instruments.stream()
					.map(InstrumentInterest::instrumentCode)
					.collect(Collectors.toUnmodifiableSet()),
				this.speciesGroups.stream()
					.map(SpeciesGroupCoverage::speciesGroupCode)
					.collect(Collectors.toUnmodifiableSet()),
				this.status, this.mergedInto, this.contacts.stream().map(OrganizationContact::view).toList(),
				this.createdAt, this.updatedAt, version());
	}

	public static @Nullable String acronymKeyOf(@Nullable String acronym) {
		return DirectoryKeys.acronymKeyOf(acronym);
	}

	private void requireMergeable() {
		if (this.status == OrganizationStatus.MERGED) {
			throw new RuleViolationException("organization.rule.already-merged");
		}
	}

	private void requireContact(UUID contactId) {
		if (this.contacts.stream().noneMatch(contact -> contact.contactId().equals(contactId))) {
			throw new NotFoundException("contact", contactId);
		}
	}

	private void reindex() {
		this.directoryKeys = DirectoryKeys.of(this.officialName, this.nameEn, this.nameFr, this.nameEs, this.acronym);
	}

	private static <T> Set<T> union(Set<T> mine, Set<T> theirs) {
		Set<T> result = new HashSet<>(mine);
		result.addAll(theirs);
		return result;
	}

	private static @Nullable String firstOf(@Nullable String mine, @Nullable String theirs) {
		return mine != null ? mine : theirs;
	}

}
