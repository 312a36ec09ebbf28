package org.synergies.organizations;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.event.EventListener;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.synergies.accounts.AccountManagement;
import org.synergies.accounts.AccountView;
import org.synergies.accounts.Role;
import org.synergies.audit.AuditEntry;
import org.synergies.audit.AuditTrail;
import org.synergies.shared.FieldProblem;
import org.synergies.shared.InvalidInputException;
import org.synergies.shared.Language;
import org.synergies.shared.NotFoundException;
import org.synergies.support.DatabaseTest;
import org.synergies.support.TestAccounts;
import org.synergies.support.TestOrganizations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SpringBootTest
@DatabaseTest
class OrganizationManagementTests {

	@Autowired
	OrganizationManagement organizations;

	@Autowired
	TestOrganizations fixtures;

	@Autowired
	TestAccounts accounts;

	@Autowired
	AccountManagement accountManagement;

	@Autowired
	AuditTrail audit;

	@Autowired
	MergeEvents mergeEvents;

	@Test
	void registersAnOrganizationWithItsProfileAndAuditsIt() {
		OrganizationView created = this.organizations
			.register(TestOrganizations.ngo("Société Ornithologique " + TestOrganizations.unique()));

		OrganizationView found = this.organizations.find(created.id()).orElseThrow();
		assertThat(found.status()).isEqualTo(OrganizationStatus.ACTIVE);
		assertThat(found.countries()).containsExactlyInAnyOrder("KE", "TZ");
		assertThat(found.instruments()).containsExactlyInAnyOrder("CMS", "AEWA");
		assertThat(this.audit.historyOf(OrganizationManagement.AUDITED_AS, created.id())).extracting(AuditEntry::action)
			.containsExactly("created");
	}

	@Test
	void badInputIsRefusedWithEveryProblemAtOnceAndNothingIsSaved() {
		OrganizationDetails bad = new OrganizationDetails(" ", null, null, null, "X".repeat(31), null, "XX",
				Set.of("DE", "ZZ"), "ftp://nowhere", "not-an-address", "text", null, Set.of("NOPE"),
				Set.of("UNICORNS"));

		assertThatThrownBy(() -> this.organizations.register(bad)).isInstanceOfSatisfying(InvalidInputException.class,
				invalid -> assertThat(invalid.problems()).extracting(FieldProblem::field)
					.containsExactlyInAnyOrder("officialName", "acronym", "kind", "headquarters", "countries",
							"website", "publicEmail", "descriptionLanguage", "instruments", "speciesGroups"));
	}

	@Test
	void anAcronymBelongsToOneOrganizationWhateverItsCaseOrPunctuation() {
		String acronym = "T" + TestOrganizations.unique().toUpperCase().substring(0, 5);
		this.organizations.register(withAcronym("First " + TestOrganizations.unique(), acronym));

		assertThat(this.organizations.check(withAcronym("Second", acronym.toLowerCase() + "."), null))
			.extracting(FieldProblem::field, FieldProblem::messageKey)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("acronym", "organization.rule.acronym-taken"));
	}

	@Test
	void anEditOverANewerVersionIsRefused() {
		OrganizationView organization = this.fixtures.ngo();
		this.organizations.update(organization.id(), organization.version(), renamed(organization, "First edit"));

		assertThatThrownBy(() -> this.organizations.update(organization.id(), organization.version(),
				renamed(organization, "Second edit")))
			.isInstanceOf(OptimisticLockingFailureException.class);
		assertThat(this.organizations.find(organization.id()).orElseThrow().officialName()).isEqualTo("First edit");
	}

	@Test
	void archivingAndRestoringFollowTheRules() {
		OrganizationView organization = this.fixtures.ngo();

		assertThat(this.organizations.archive(organization.id()).status()).isEqualTo(OrganizationStatus.ARCHIVED);
		assertThatThrownBy(() -> this.organizations.archive(organization.id()))
			.hasMessage("organization.rule.archive-only-active");
		assertThat(this.organizations.restore(organization.id()).status()).isEqualTo(OrganizationStatus.ACTIVE);
		assertThatThrownBy(() -> this.organizations.restore(organization.id()))
			.hasMessage("organization.rule.already-active");
		assertThatThrownBy(() -> this.organizations.archive(UUID.randomUUID())).isInstanceOf(NotFoundException.class);
	}

	@Test
	void mergingMovesContactsAndMembersFillsGapsAndLosesNothing() {
		OrganizationView survivor = this.organizations
			.register(new OrganizationDetails("BirdLife International " + TestOrganizations.unique(), null, null, null,
					null, OrganizationKind.INTERNATIONAL_NGO, "GB", Set.of("GB"), "https://www.birdlife.org", null,
					null, null, Set.of("CMS"), Set.of()));
		OrganizationView duplicate = this.organizations
			.register(new OrganizationDetails("Birdlife Intl " + TestOrganizations.unique(), null,
					"BirdLife International (FR)", null, null, OrganizationKind.INTERNATIONAL_NGO, "GB", Set.of("KE"),
					"https://birdlife.example", "info@birdlife.example", "Partnership of conservation organizations.",
					Language.EN, Set.of("RAPTORS"), Set.of("BIRDS")));
		this.organizations.addContact(duplicate.id(),
				new ContactDetails("Ada Contact", "Policy", "ada@birdlife.example", null, Language.FR));
		AccountView member = this.accounts.active(Language.EN);
		this.accountManagement.addMembership(member.id(), duplicate.id());

		OrganizationView merged = this.organizations.merge(survivor.id(), duplicate.id());

		assertThat(merged.website()).as("the survivor's values stay").isEqualTo("https://www.birdlife.org");
		assertThat(merged.nameFr()).as("what it lacked is filled").isEqualTo("BirdLife International (FR)");
		assertThat(merged.publicEmail()).isEqualTo("info@birdlife.example");
		assertThat(merged.countries()).containsExactlyInAnyOrder("GB", "KE");
		assertThat(merged.instruments()).containsExactlyInAnyOrder("CMS", "RAPTORS");
		assertThat(merged.contacts()).extracting(ContactView::name).containsExactly("Ada Contact");
		assertThat(this.organizations.members(survivor.id())).extracting(AccountView::id).contains(member.id());
		assertThat(this.organizations.members(duplicate.id())).isEmpty();
		assertThat(this.accountManagement.find(member.id()).orElseThrow().roles()).contains(Role.ORGANIZATION_MEMBER);

		OrganizationView kept = this.organizations.find(duplicate.id()).orElseThrow();
		assertThat(kept.status()).isEqualTo(OrganizationStatus.MERGED);
		assertThat(kept.mergedInto()).isEqualTo(survivor.id());
		assertThat(kept.officialName()).as("the duplicate's record is kept").isEqualTo(duplicate.officialName());
		assertThat(this.mergeEvents.received).contains(new OrganizationsMerged(survivor.id(), duplicate.id()));
		assertThat(this.audit.historyOf(OrganizationManagement.AUDITED_AS, duplicate.id()).get(0).action())
			.isEqualTo("merged");

		assertThatThrownBy(() -> this.organizations.merge(survivor.id(), duplicate.id()))
			.hasMessage("organization.rule.already-merged");
		assertThat(this.organizations.restore(duplicate.id()).status()).as("a merge can be undone")
			.isEqualTo(OrganizationStatus.ACTIVE);
	}

	@Test
	void anOrganizationCannotBeMergedIntoItself() {
		OrganizationView organization = this.fixtures.ngo();

		assertThatThrownBy(() -> this.organizations.merge(organization.id(), organization.id()))
			.hasMessage("organization.rule.merge-itself");
	}

	@Test
	void contactsAreCheckedKeptAndRemoved() {
		OrganizationView organization = this.fixtures.ngo();

		assertThatThrownBy(() -> this.organizations.addContact(organization.id(),
				new ContactDetails("", null, "nope", "call me", null)))
			.isInstanceOfSatisfying(InvalidInputException.class,
					invalid -> assertThat(invalid.problems()).extracting(FieldProblem::field)
						.containsExactlyInAnyOrder("name", "email", "phone"));
		UUID contact = this.organizations.addContact(organization.id(),
				new ContactDetails("Amaru Quispe", "Coordinator", "amaru@example.org", "+51 1 234 5678", Language.ES));
		this.organizations.updateContact(organization.id(), contact,
				new ContactDetails("Amaru Quispe", "Director", "amaru@example.org", null, Language.ES));
		assertThat(this.organizations.find(organization.id()).orElseThrow().contacts()).singleElement()
			.satisfies(saved -> assertThat(saved.role()).isEqualTo("Director"));

		this.organizations.removeContact(organization.id(), contact);
		assertThat(this.organizations.find(organization.id()).orElseThrow().contacts()).isEmpty();
		assertThat(this.audit.historyOf(OrganizationManagement.AUDITED_AS, organization.id()))
			.extracting(AuditEntry::action)
			.containsExactly("contact-removed", "contact-updated", "contact-added", "created");
	}

	@Test
	void addingAMemberInvitesAnUnknownAddressAndAttachesAKnownOne() {
		OrganizationView organization = this.fixtures.ngo();
		AccountView existing = this.accounts.active(Language.EN, Role.STANDING_COMMITTEE_MEMBER);
		String newcomer = TestAccounts.uniqueEmail("newcomer");

		this.organizations.addMember(organization.id(), existing.email(), "", Language.EN);
		AccountView invited = this.organizations.addMember(organization.id(), newcomer, "Nuevo Miembro", Language.ES);

		assertThat(invited.roles()).containsExactly(Role.ORGANIZATION_MEMBER);
		assertThat(this.organizations.members(organization.id())).extracting(AccountView::email)
			.containsExactlyInAnyOrder(existing.email(), newcomer);
		this.organizations.removeMember(organization.id(), existing.id());
		assertThat(this.organizations.members(organization.id())).extracting(AccountView::email)
			.containsExactly(newcomer);
	}

	private static OrganizationDetails withAcronym(String name, String acronym) {
		return new OrganizationDetails(name, null, null, null, acronym, OrganizationKind.NATIONAL_NGO, null, Set.of(),
				null, null, null, null, Set.of(), Set.of());
	}

	private static OrganizationDetails renamed(OrganizationView organization, String name) {
		OrganizationDetails details = organization.details();
		return new OrganizationDetails(name, details.nameEn(), details.nameFr(), details.nameEs(), details.acronym(),
				details.kind(), details.headquarters(), details.countries(), details.website(), details.publicEmail(),
				details.description(), details.descriptionLanguage(), details.instruments(), details.speciesGroups());
	}

	static class MergeEvents {

		final List<OrganizationsMerged> received = new java.util.concurrent.CopyOnWriteArrayList<>();

		@EventListener
		void on(OrganizationsMerged event) {
			this.received.add(event);
		}

	}

	@TestConfiguration
	static class Listening {

		@Bean
		MergeEvents mergeEvents() {
			return new MergeEvents();
		}

	}

}
