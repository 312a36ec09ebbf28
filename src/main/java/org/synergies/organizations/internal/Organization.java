package org.synergies.organizations.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
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
import org.synergies.shared.SearchKey;

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

	private @Nullable String acronymKey;

	private OrganizationKind kind;

	private @Nullable String headquarters;

	private @Nullable String website;

	private @Nullable String publicEmail;

	private @Nullable String description;

	private @Nullable Language descriptionLanguage;

	private OrganizationStatus status;

	private @Nullable UUID mergedInto;

	private String searchText;

	private String sortKey;

	private String sortKeyEn;

	private String sortKeyFr;

	private String sortKeyEs;

	@MappedCollection(idColumn = "organization_id")
	private Set<Country> countries;

	@MappedCollection(idColumn = "organization_id")
	private Set<Interest> instruments;

	@MappedCollection(idColumn = "organization_id")
	private Set<Coverage> speciesGroups;

	@MappedCollection(idColumn = "organization_id", keyColumn = "position")
	private List<Contact> contacts;

	private final Instant createdAt;

	private Instant updatedAt;

	@Version
	private @Nullable Long version;

	@Table("organization_country")
	record Country(String country) {
	}

	@Table("organization_instrument")
	record Interest(String instrumentCode) {
	}

	@Table("organization_species_group")
	record Coverage(String speciesGroupCode) {
	}

	@Table("organization_contact")
	record Contact(UUID contactId, String name, @Nullable String role, @Nullable String email, @Nullable String phone,
			@Nullable Language language) {

		static Contact of(UUID id, ContactDetails details) {
			return new Contact(id, String.valueOf(details.name()).strip(), blankToNull(details.role()),
					blankToNull(details.email()), blankToNull(details.phone()), details.language());
		}

		ContactView view() {
			return new ContactView(this.contactId, this.name, this.role, this.email, this.phone, this.language);
		}

	}

	@PersistenceCreator
	Organization(UUID id, String officialName, @Nullable String nameEn, @Nullable String nameFr,
			@Nullable String nameEs, @Nullable String acronym, @Nullable String acronymKey, OrganizationKind kind,
			@Nullable String headquarters, @Nullable String website, @Nullable String publicEmail,
			@Nullable String description, @Nullable Language descriptionLanguage, OrganizationStatus status,
			@Nullable UUID mergedInto, String searchText, String sortKey, String sortKeyEn, String sortKeyFr,
			String sortKeyEs, Set<Country> countries, Set<Interest> instruments, Set<Coverage> speciesGroups,
			List<Contact> contacts, Instant createdAt, Instant updatedAt, @Nullable Long version) {
		this.id = id;
		this.officialName = officialName;
		this.nameEn = nameEn;
		this.nameFr = nameFr;
		this.nameEs = nameEs;
		this.acronym = acronym;
		this.acronymKey = acronymKey;
		this.kind = kind;
		this.headquarters = headquarters;
		this.website = website;
		this.publicEmail = publicEmail;
		this.description = description;
		this.descriptionLanguage = descriptionLanguage;
		this.status = status;
		this.mergedInto = mergedInto;
		this.searchText = searchText;
		this.sortKey = sortKey;
		this.sortKeyEn = sortKeyEn;
		this.sortKeyFr = sortKeyFr;
		this.sortKeyEs = sortKeyEs;
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
		Organization organization = new Organization(UUID.randomUUID(), "", null, null, null, null, null,
				OrganizationKind.INTERNATIONAL_NGO, null, null, null, null, null, OrganizationStatus.ACTIVE, null, "",
				"", "", "", "", Set.of(), Set.of(), Set.of(), new ArrayList<>(), now, now, null);
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
		this.acronymKey = acronymKeyOf(details.acronym());
		this.kind = details.kind() == null ? this.kind : details.kind();
		this.headquarters = details.headquarters();
		this.website = details.website();
		this.publicEmail = details.publicEmail();
		this.description = details.description();
		this.descriptionLanguage = details.description() == null ? null : details.descriptionLanguage();
		this.countries = details.countries().stream().map(Country::new).collect(Collectors.toSet());
		this.instruments = details.instruments().stream().map(Interest::new).collect(Collectors.toSet());
		this.speciesGroups = details.speciesGroups().stream().map(Coverage::new).collect(Collectors.toSet());
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
		this.acronymKey = acronymKeyOf(this.acronym);
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
		List<Contact> merged = new ArrayList<>(this.contacts);
		for (Contact contact : duplicate.contacts) {
			boolean known = contact.email() != null && merged.stream()
				.anyMatch(existing -> contact.email().equalsIgnoreCase(String.valueOf(existing.email())));
			if (!known) {
				merged.add(contact);
			}
		}
		this.contacts = merged;
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
		this.acronymKey = null;
		this.updatedAt = now;
	}

	public UUID addContact(ContactDetails details, Instant now) {
		UUID contactId = UUID.randomUUID();
		List<Contact> updated = new ArrayList<>(this.contacts);
		updated.add(Contact.of(contactId, details));
		this.contacts = updated;
		this.updatedAt = now;
		return contactId;
	}

	public void updateContact(UUID contactId, ContactDetails details, Instant now) {
		int index = indexOf(contactId);
		List<Contact> updated = new ArrayList<>(this.contacts);
		updated.set(index, Contact.of(contactId, details));
		this.contacts = updated;
		this.updatedAt = now;
	}

	public void removeContact(UUID contactId, Instant now) {
		int index = indexOf(contactId);
		List<Contact> updated = new ArrayList<>(this.contacts);
		updated.remove(index);
		this.contacts = updated;
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
				this.countries.stream().map(Country::country).collect(Collectors.toUnmodifiableSet()), this.website,
				this.publicEmail, this.description, this.descriptionLanguage,
				this.instruments.stream().map(Interest::instrumentCode).collect(Collectors.toUnmodifiableSet()),
				this.speciesGroups.stream().map(Coverage::speciesGroupCode).collect(Collectors.toUnmodifiableSet()),
				this.status, this.mergedInto, this.contacts.stream().map(Contact::view).toList(), this.createdAt,
				this.updatedAt, version());
	}

	public static @Nullable String acronymKeyOf(@Nullable String acronym) {
		return acronym == null ? null : SearchKey.of(acronym).replace(" ", "");
	}

	private void requireMergeable() {
		if (this.status == OrganizationStatus.MERGED) {
			throw new RuleViolationException("organization.rule.already-merged");
		}
	}

	private int indexOf(UUID contactId) {
		for (int index = 0; index < this.contacts.size(); index++) {
			if (this.contacts.get(index).contactId().equals(contactId)) {
				return index;
			}
		}
		throw new NotFoundException("contact", contactId);
	}

	private void reindex() {
		this.searchText = Stream.of(this.officialName, this.nameEn, this.nameFr, this.nameEs, this.acronym)
			.filter(value -> value != null)
			.map(SearchKey::of)
			.distinct()
			.collect(Collectors.joining(" | "));
		// the directory lists names in the reader's language, so it sorts by them
		this.sortKey = SearchKey.of(this.officialName);
		this.sortKeyEn = this.nameEn == null ? this.sortKey : SearchKey.of(this.nameEn);
		this.sortKeyFr = this.nameFr == null ? this.sortKey : SearchKey.of(this.nameFr);
		this.sortKeyEs = this.nameEs == null ? this.sortKey : SearchKey.of(this.nameEs);
	}

	private static <T> Set<T> union(Set<T> mine, Set<T> theirs) {
		Set<T> result = new HashSet<>(mine);
		result.addAll(theirs);
		return result;
	}

	private static @Nullable String firstOf(@Nullable String mine, @Nullable String theirs) {
		return mine != null ? mine : theirs;
	}

	private static @Nullable String blankToNull(@Nullable String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

}
