package org.synergies.organizations;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.synergies.accounts.AccountDetails;
import org.synergies.accounts.AccountManagement;
import org.synergies.accounts.AccountView;
import org.synergies.accounts.Role;
import org.synergies.organizations.internal.Organization;
import org.synergies.organizations.internal.OrganizationRules;
import org.synergies.organizations.internal.Organizations;
import org.synergies.shared.FieldProblem;
import org.synergies.shared.InvalidInputException;
import org.synergies.shared.Language;

/**
 * The steps behind {@link OrganizationManagement} that need the repository, the rules,
 * the accounts of members, or an event: package-private, so that only the façade uses
 * what the registry keeps.
 */
@Component
class OrganizationRegistry {

	private final Organizations organizations;

	private final OrganizationRules rules;

	private final AccountManagement accounts;

	private final ApplicationEventPublisher events;

	OrganizationRegistry(Organizations organizations, OrganizationRules rules, AccountManagement accounts,
			ApplicationEventPublisher events) {
		this.organizations = organizations;
		this.rules = rules;
		this.accounts = accounts;
		this.events = events;
	}

	List<FieldProblem> check(OrganizationDetails details, @Nullable UUID except) {
		List<FieldProblem> problems = new ArrayList<>(this.rules.check(details));
		String acronymKey = Organization.acronymKeyOf(details.acronym());
		if (acronymKey != null && !acronymKey.isEmpty()) {
			boolean taken = this.organizations.idsWithAcronymKey(acronymKey)
				.stream()
				.anyMatch(id -> !id.equals(except));
			if (taken) {
				problems.add(new FieldProblem("acronym", "organization.rule.acronym-taken", details.acronym()));
			}
		}
		return problems;
	}

	OrganizationView register(OrganizationDetails details, Instant now) {
		return save(Organization.register(details, now));
	}

	Optional<Organization> load(UUID id) {
		return this.organizations.findById(id);
	}

	Optional<OrganizationView> find(UUID id) {
		return this.organizations.findById(id).map(Organization::view);
	}

	OrganizationView save(Organization organization) {
		return this.organizations.save(organization).view();
	}

	void describe(Organization organization, OrganizationDetails details, Instant now) {
		organization.describe(details, now);
	}

	void archive(Organization organization, Instant now) {
		organization.archive(now);
	}

	void restore(Organization organization, Instant now) {
		organization.restore(now);
	}

	void merge(Organization survivor, Organization duplicate, Instant now) {
		survivor.absorb(duplicate, now);
		duplicate.mergeInto(survivor.id(), now);
		for (AccountView member : this.accounts.membersOf(duplicate.id())) {
			this.accounts.addMembership(member.id(), survivor.id());
			this.accounts.removeMembership(member.id(), duplicate.id());
		}
		this.events.publishEvent(new OrganizationsMerged(survivor.id(), duplicate.id()));
	}

	UUID addContact(Organization organization, ContactDetails contact, Instant now) {
		requireValid(contact);
		return organization.addContact(contact, now);
	}

	void updateContact(Organization organization, UUID contactId, ContactDetails contact, Instant now) {
		requireValid(contact);
		organization.updateContact(contactId, contact, now);
	}

	void removeContact(Organization organization, UUID contactId, Instant now) {
		organization.removeContact(contactId, now);
	}

	AccountView addMember(UUID organization, String email, String name, Language language) {
		Optional<AccountView> existing = this.accounts.findByEmail(email);
		if (existing.isPresent()) {
			return this.accounts.addMembership(existing.get().id(), organization);
		}
		return this.accounts.invite(new AccountDetails(email, name.isBlank() ? email : name, language,
				Set.of(Role.ORGANIZATION_MEMBER), Set.of(organization), null));
	}

	void removeMember(UUID organization, UUID account) {
		this.accounts.removeMembership(account, organization);
	}

	List<AccountView> members(UUID organization) {
		return this.accounts.membersOf(organization);
	}

	private void requireValid(ContactDetails contact) {
		List<FieldProblem> problems = this.rules.check(contact);
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
	}

}
