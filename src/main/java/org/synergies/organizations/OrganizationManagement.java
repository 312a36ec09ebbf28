package org.synergies.organizations;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.synergies.accounts.AccountView;
import org.synergies.audit.AuditTrail;
import org.synergies.organizations.internal.DirectoryQueries;
import org.synergies.organizations.internal.DuplicateDetector;
import org.synergies.organizations.internal.Organization;
import org.synergies.shared.FieldProblem;
import org.synergies.shared.InvalidInputException;
import org.synergies.shared.Language;
import org.synergies.shared.NotFoundException;

/**
 * The partner registry: registering, describing, archiving and merging organizations,
 * their contacts, and the directory. Who may do what is decided by
 * {@link OrganizationAccess} before these methods are called. Every change is audited as
 * {@value #AUDITED_AS}.
 */
@Service
public class OrganizationManagement {

	public static final String AUDITED_AS = "organization";

	private final OrganizationRegistry registry;

	private final DirectoryQueries directory;

	private final DuplicateDetector duplicates;

	private final AuditTrail audit;

	private final Clock clock;

	OrganizationManagement(OrganizationRegistry registry, DirectoryQueries directory, DuplicateDetector duplicates,
			AuditTrail audit, Clock clock) {
		this.registry = registry;
		this.directory = directory;
		this.duplicates = duplicates;
		this.audit = audit;
		this.clock = clock;
	}

	/** Every rule these details break, the acronym's uniqueness included. */
	@Transactional(readOnly = true)
	public List<FieldProblem> check(OrganizationDetails details, @Nullable UUID except) {
		return this.registry.check(details, except);
	}

	/** Organizations that may be the same as the one described: warn before saving. */
	@Transactional(readOnly = true)
	public List<SimilarOrganization> similarTo(OrganizationDetails details, @Nullable UUID except) {
		return this.duplicates.similarTo(details, except);
	}

	@Transactional
	public OrganizationView register(OrganizationDetails details) {
		requireValid(details, null);
		OrganizationView created = this.registry.register(details, now());
		this.audit.record(AUDITED_AS, created.id(), "created", null, created);
		return created;
	}

	/** Replaces the profile; refused if it changed since {@code version}. */
	@Transactional
	public OrganizationView update(UUID id, long version, OrganizationDetails details) {
		Organization organization = loadAt(id, version);
		requireValid(details, id);
		OrganizationView before = organization.view();
		this.registry.describe(organization, details, now());
		return saved(organization, "updated", before);
	}

	@Transactional
	public OrganizationView archive(UUID id) {
		Organization organization = load(id);
		OrganizationView before = organization.view();
		this.registry.archive(organization, now());
		return saved(organization, "archived", before);
	}

	/** Brings back an archived organization, or undoes a merge. */
	@Transactional
	public OrganizationView restore(UUID id) {
		Organization organization = load(id);
		OrganizationView before = organization.view();
		if (before.acronym() != null) {
			requireValid(before.details(), id);
		}
		this.registry.restore(organization, now());
		return saved(organization, "restored", before);
	}

	/**
	 * Merges a duplicate into the survivor: the survivor gains what it lacked, the
	 * duplicate's contacts and members; the duplicate is kept, marked merged, and its
	 * page leads to the survivor. Other modules are told to move their references.
	 */
	@Transactional
	public OrganizationView merge(UUID survivorId, UUID duplicateId) {
		Organization survivor = load(survivorId);
		Organization duplicate = load(duplicateId);
		OrganizationView survivorBefore = survivor.view();
		OrganizationView duplicateBefore = duplicate.view();
		this.registry.merge(survivor, duplicate, now());
		OrganizationView after = saved(survivor, "absorbed", survivorBefore);
		saved(duplicate, "merged", duplicateBefore);
		return after;
	}

	@Transactional
	public UUID addContact(UUID id, ContactDetails contact) {
		Organization organization = load(id);
		OrganizationView before = organization.view();
		UUID contactId = this.registry.addContact(organization, contact, now());
		saved(organization, "contact-added", before);
		return contactId;
	}

	@Transactional
	public void updateContact(UUID id, UUID contactId, ContactDetails contact) {
		Organization organization = load(id);
		OrganizationView before = organization.view();
		this.registry.updateContact(organization, contactId, contact, now());
		saved(organization, "contact-updated", before);
	}

	@Transactional
	public void removeContact(UUID id, UUID contactId) {
		Organization organization = load(id);
		OrganizationView before = organization.view();
		this.registry.removeContact(organization, contactId, now());
		saved(organization, "contact-removed", before);
	}

	/**
	 * Attaches a person to the organization: an existing account becomes a member, an
	 * unknown address is invited as one.
	 */
	@Transactional
	public AccountView addMember(UUID id, String email, String name, Language language) {
		load(id);
		return this.registry.addMember(id, email, name, language);
	}

	@Transactional
	public void removeMember(UUID id, UUID account) {
		load(id);
		this.registry.removeMember(id, account);
	}

	@Transactional(readOnly = true)
	public List<AccountView> members(UUID id) {
		return this.registry.members(id);
	}

	@Transactional(readOnly = true)
	public Optional<OrganizationView> find(UUID id) {
		return this.registry.find(id);
	}

	@Transactional(readOnly = true)
	public DirectoryPage directory(DirectoryQuery query) {
		return this.directory.page(query);
	}

	/**
	 * Every organization the query matches, for an export; the query's page is ignored.
	 */
	@Transactional(readOnly = true)
	public void forEach(DirectoryQuery query, Consumer<OrganizationView> action) {
		this.directory.forEach(query, action);
	}

	private void requireValid(OrganizationDetails details, @Nullable UUID except) {
		List<FieldProblem> problems = new ArrayList<>(this.registry.check(details, except));
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
	}

	private OrganizationView saved(Organization organization, String action, OrganizationView before) {
		OrganizationView after = this.registry.save(organization);
		this.audit.record(AUDITED_AS, after.id(), action, before, after);
		return after;
	}

	private Organization load(UUID id) {
		return this.registry.load(id).orElseThrow(() -> new NotFoundException(AUDITED_AS, id));
	}

	private Organization loadAt(UUID id, long version) {
		Organization organization = load(id);
		if (organization.version() != version) {
			throw new OptimisticLockingFailureException("Organization " + id + " changed since version " + version);
		}
		return organization;
	}

	private Instant now() {
		return Instant.now(this.clock);
	}

}
