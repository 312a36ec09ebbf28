package org.synergies.support;

import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.synergies.organizations.OrganizationDetails;
import org.synergies.organizations.OrganizationKind;
import org.synergies.organizations.OrganizationManagement;
import org.synergies.organizations.OrganizationView;
import org.synergies.shared.Language;

/**
 * Domain fixtures for the registry: organizations with names unique to each test.
 */
@Component
public class TestOrganizations {

	private final OrganizationManagement organizations;

	TestOrganizations(OrganizationManagement organizations) {
		this.organizations = organizations;
	}

	/** A unique token to put in names, so that tests sharing a database never collide. */
	public static String unique() {
		return UUID.randomUUID().toString().substring(0, 8);
	}

	public static OrganizationDetails ngo(String name) {
		return new OrganizationDetails(name, null, null, null, null, OrganizationKind.INTERNATIONAL_NGO, "GB",
				Set.of("KE", "TZ"), "https://www.example.org", "info@example.org", "Works on migratory birds.",
				Language.EN, Set.of("CMS", "AEWA"), Set.of("BIRDS"));
	}

	public OrganizationView ngo() {
		return this.organizations.register(ngo("Test Wildlife Trust " + unique()));
	}

	public OrganizationView register(OrganizationDetails details) {
		return this.organizations.register(details);
	}

}
