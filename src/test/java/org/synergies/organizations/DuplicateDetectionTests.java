package org.synergies.organizations;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.synergies.support.TestOrganizations;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest
class DuplicateDetectionTests {

	@Autowired
	OrganizationManagement organizations;

	@Test
	void warnsAboutNamesThatAreCloseOnceAccentsAndTyposAreSetAside() {
		String tag = TestOrganizations.unique();
		OrganizationView existing = this.organizations
			.register(details("Fundación Migraciones Silvestres " + tag, "FMS" + tag.substring(0, 3)));

		assertThat(similar("fundacion migraciones silvestres " + tag, null)).contains(existing.id());
		assertThat(similar("Fundacion Migraciónes Silvestre " + tag, null)).as("a typo").contains(existing.id());
		assertThat(similar("Unrelated Society for Bats " + tag, "fms" + tag.substring(0, 3))).as("the same acronym")
			.contains(existing.id());
		assertThat(similar("Sea Turtle Rescue Network " + tag, null)).doesNotContain(existing.id());
	}

	@Test
	void theOrganizationEnteredTwiceComesFirstAmongManyLookAlikes() {
		String tag = TestOrganizations.unique();
		for (int i = 0; i < 12; i++) {
			this.organizations.register(details("Alliance for Migratory Waterbirds " + tag + " " + i, null));
		}
		OrganizationView existing = this.organizations
			.register(details("Alliance for Migratory Waterbirds " + tag, null));

		assertThat(similar("Alliance for Migratory Waterbirds " + tag, null)).hasSize(10)
			.first()
			.isEqualTo(existing.id());
	}

	@Test
	void anOrganizationIsNotItsOwnDuplicate() {
		OrganizationView existing = this.organizations
			.register(details("Solo Trust " + TestOrganizations.unique(), null));

		assertThat(this.organizations.similarTo(existing.details(), existing.id())).extracting(SimilarOrganization::id)
			.doesNotContain(existing.id());
	}

	private java.util.List<java.util.UUID> similar(String name, String acronym) {
		return this.organizations.similarTo(details(name, acronym), null)
			.stream()
			.map(SimilarOrganization::id)
			.toList();
	}

	private static OrganizationDetails details(String name, String acronym) {
		return new OrganizationDetails(name, null, null, null, acronym, OrganizationKind.NATIONAL_NGO, null, Set.of(),
				null, null, null, null, Set.of(), Set.of());
	}

}
