package org.synergies.countries;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.synergies.accounts.AccountView;
import org.synergies.accounts.Role;
import org.synergies.audit.AuditEntry;
import org.synergies.audit.AuditTrail;
import org.synergies.organizations.OrganizationDetails;
import org.synergies.organizations.OrganizationKind;
import org.synergies.organizations.OrganizationManagement;
import org.synergies.organizations.OrganizationView;
import org.synergies.shared.CountryCode;
import org.synergies.shared.FieldProblem;
import org.synergies.shared.InvalidInputException;
import org.synergies.shared.Language;
import org.synergies.support.DatabaseTest;
import org.synergies.support.TestAccounts;
import org.synergies.support.TestOrganizations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * A country's memberships and national focal points: the Secretariat records them under
 * the rules (one membership per treaty, none beginning after today, one primary focal
 * point per treaty, an account linked only when it is the country's focal point), every
 * change audited; a focal point keeps their own country's contact details and no other's;
 * the public reads names and institutions, signed-in people the contacts too. Runs on H2
 * and, as a {@link DatabaseTest}, on PostgreSQL.
 */
@SpringBootTest
@AutoConfigureMockMvc
@DatabaseTest
class CountriesTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	TestOrganizations organizations;

	@Autowired
	OrganizationManagement registry;

	@Autowired
	CountryMemberships memberships;

	@Autowired
	FocalPoints focalPoints;

	@Autowired
	AuditTrail audit;

	AccountView officer;

	CountryCode country;

	@BeforeEach
	void officerAndCountry() {
		this.officer = this.accounts.active(Language.EN, Role.SECRETARIAT_OFFICER);
		this.country = TestCountries.fresh(this.memberships, this.focalPoints, this.officer);
	}

	@Test
	void membershipsFollowTheirRulesAndEveryChangeIsAudited() {
		MembershipView cms = asOfficer(() -> this.memberships.record(this.country,
				new MembershipDetails("CMS", MembershipStatus.PARTY, LocalDate.of(1983, 11, 1))));

		assertThat(problems(() -> this.memberships.record(this.country,
				new MembershipDetails("CMS", MembershipStatus.SIGNATORY, null))))
			.extracting(FieldProblem::field, FieldProblem::messageKey)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("treaty", "countries.membership.duplicate"));
		assertThat(problems(() -> this.memberships.record(this.country,
				new MembershipDetails("NOPE", null, LocalDate.now().plusDays(1)))))
			.extracting(FieldProblem::messageKey)
			.containsExactlyInAnyOrder("validation.unknown-code", "validation.choose",
					"countries.membership.since-in-future");
		assertThatThrownBy(() -> asOfficer(() -> this.memberships.update(this.country, cms.id(), cms.version() + 1,
				new MembershipDetails("CMS", MembershipStatus.PARTY, null))))
			.isInstanceOf(OptimisticLockingFailureException.class);

		MembershipView ramsar = asOfficer(() -> this.memberships.update(this.country, cms.id(), cms.version(),
				new MembershipDetails("RAMSAR", MembershipStatus.PARTY, null)));
		assertThat(this.memberships.of(this.country)).extracting(MembershipView::treaty).containsExactly("RAMSAR");
		assertThat(this.audit.historyOf(CountryMemberships.AUDITED_AS, ramsar.id())).extracting(AuditEntry::action)
			.contains("created", "updated");
		assertThat(this.memberships.of(CountryCode.of("AQ"))).isEmpty();
	}

	@Test
	void theSecretariatLinksAFocalPointOnlyToTheCountrysFocalPointAccount() {
		AccountView own = TestCountries.focalPointOf(this.accounts, this.country);
		AccountView german = this.accounts.active(Language.EN, Role.NATIONAL_FOCAL_POINT);
		FocalPointView primary = asOfficer(() -> this.focalPoints.name(this.country,
				details("Ada Primary", FocalPointDesignation.PRIMARY, own.id())));

		assertThat(primary.account()).isEqualTo(own.id());
		assertThat(problems(() -> this.focalPoints.name(this.country,
				details("Bea Second", FocalPointDesignation.PRIMARY, german.id()))))
			.extracting(FieldProblem::field, FieldProblem::messageKey)
			.containsExactlyInAnyOrder(
					org.assertj.core.groups.Tuple.tuple("designation", "countries.focal-point.second-primary"),
					org.assertj.core.groups.Tuple.tuple("account", "countries.focal-point.account"));
		assertThat(problems(() -> this.focalPoints.name(this.country,
				new FocalPointDetails("CMS", FocalPointDesignation.ALTERNATE, " ", null, null, "not an address",
						"call me", null))))
			.extracting(FieldProblem::field)
			.containsExactlyInAnyOrder("name", "email", "phone");
		assertThat(asOfficer(() -> this.focalPoints.of(this.country))).hasSize(1);
	}

	@Test
	void aFocalPointKeepsTheirOwnCountrysContactDetailsAndNoOtherCountrys() {
		FocalPointView entry = asOfficer(() -> this.focalPoints.name(this.country,
				details("Carla Contact", FocalPointDesignation.PRIMARY, null)));
		AccountView own = TestCountries.focalPointOf(this.accounts, this.country);
		AccountView other = this.accounts.active(Language.EN, Role.NATIONAL_FOCAL_POINT);
		String page = "/countries/" + this.country.value() + "/focal-points/" + entry.id();

		assertThat(this.mvc.get().uri(page).with(TestAccounts.as(own))).hasStatusOk()
			.bodyText()
			.contains("Carla Contact")
			.doesNotContain("Designation");
		assertThat(this.mvc.post()
			.uri(page)
			.param("name", "Carla Contact")
			.param("institution", "Ministry of the Environment")
			.param("email", "carla@example.org")
			.param("phone", "+1 555 0100")
			.param("treaty", "CITES")
			.param("designation", "ALTERNATE")
			.param("version", String.valueOf(entry.version()))
			.with(TestAccounts.as(own))
			.with(csrf())).hasRedirectedUrl("/countries/" + this.country.value() + "?saved");
		FocalPointView updated = asOfficer(() -> this.focalPoints.require(this.country, entry.id()));
		assertThat(updated.email()).isEqualTo("carla@example.org");
		assertThat(updated.treaty()).as("the treaty stays the Secretariat's").isEqualTo("CMS");
		assertThat(updated.designation()).isEqualTo(FocalPointDesignation.PRIMARY);

		assertThat(this.mvc.get().uri(page).with(TestAccounts.as(other))).hasStatus(403);
		assertThat(this.mvc.put()
			.uri("/api/v1/countries/" + this.country.value() + "/focal-points/" + entry.id() + "/contact")
			.header("Authorization", "Bearer " + this.accounts.apiToken(other))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\": \"Taken Over\", \"version\": " + updated.version() + "}")).hasStatus(403);
		assertThat(this.mvc.put()
			.uri("/api/v1/countries/" + this.country.value() + "/focal-points/" + entry.id() + "/contact")
			.header("Authorization", "Bearer " + this.accounts.apiToken(own))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\": \"Carla Contact\", \"version\": " + entry.version() + "}"))
			.as("an edit on a version read before the last one")
			.hasStatus(409);
		assertThat(this.audit.historyOf(FocalPoints.AUDITED_AS, entry.id())).extracting(AuditEntry::action)
			.containsExactlyInAnyOrder("created", "contact-updated");
	}

	@Test
	void thePublicReadsNamesAndInstitutionsAndSignedInPeopleTheContactsToo() {
		asOfficer(() -> this.memberships.record(this.country,
				new MembershipDetails("CITES", MembershipStatus.PARTY, LocalDate.of(1976, 10, 18))));
		asOfficer(
				() -> this.focalPoints.name(this.country, details("Dina Public", FocalPointDesignation.PRIMARY, null)));
		OrganizationView based = this.organizations.register(new OrganizationDetails(
				"Based Here " + TestOrganizations.unique(), null, null, null, null, OrganizationKind.NATIONAL_NGO,
				this.country.value(), Set.of(), null, null, null, null, Set.of(), Set.of()));
		String page = "/countries/" + this.country.value().toLowerCase();

		assertThat(this.mvc.get().uri(page).header("Accept-Language", "fr")).hasStatusOk()
			.bodyText()
			.contains(this.country.displayName(java.util.Locale.FRENCH), "Dina Public", "Ministry of Tests",
					"18 octobre 1976", "Partie", based.officialName())
			.doesNotContain("dina@example.org", "+1 555 0199");
		assertThat(this.mvc.get().uri(page).with(TestAccounts.as(this.accounts.active(Language.EN)))).hasStatusOk()
			.bodyText()
			.contains("dina@example.org", "+1 555 0199");
		assertThat(this.mvc.get().uri("/api/v1/countries/" + this.country.value())).hasStatusOk()
			.bodyJson()
			.doesNotHavePath("$.focalPoints[0].email");
		assertThat(this.mvc.get().uri("/api/v1/countries/" + this.country.value() + "/memberships")).hasStatusOk()
			.bodyJson()
			.extractingPath("$[0].since")
			.isEqualTo("1976-10-18");
		assertThat(this.mvc.get().uri("/countries/XX")).hasStatus(404);
		assertThat(this.mvc.get().uri("/countries").header("Accept-Language", "es")).hasStatusOk()
			.bodyText()
			.contains(this.country.displayName(java.util.Locale.forLanguageTag("es")));
	}

	@Test
	void theFormsRefuseWhatIsWrongAndSaveNothing() {
		String form = "/countries/" + this.country.value() + "/memberships/new";
		assertThat(this.mvc.post()
			.uri(form)
			.param("treaty", "CMS")
			.param("status", "PARTY")
			.param("since", LocalDate.now().plusYears(1).toString())
			.with(TestAccounts.as(this.officer))
			.with(csrf())).hasStatusOk().bodyText().contains("A membership cannot begin after today.");
		assertThat(this.memberships.of(this.country)).isEmpty();
		assertThat(this.mvc.post()
			.uri("/api/v1/countries/" + this.country.value() + "/focal-points")
			.header("Authorization", "Bearer " + this.accounts.apiToken(this.officer))
			.header("Accept-Language", "fr")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"treaty\": \"CMS\", \"designation\": \"PRIMARY\", \"email\": \"nope\"}")).hasStatus(400)
			.bodyText()
			.contains("name", "email");
		assertThat(asOfficer(() -> this.focalPoints.of(this.country))).isEmpty();
	}

	private FocalPointDetails details(String name, FocalPointDesignation designation, UUID account) {
		return new FocalPointDetails("CMS", designation, name, "Ministry of Tests", "Director",
				name.split(" ")[0].toLowerCase() + "@example.org", "+1 555 0199", account);
	}

	private List<FieldProblem> problems(Runnable action) {
		try {
			asOfficer(() -> {
				action.run();
				return null;
			});
		}
		catch (InvalidInputException invalid) {
			return invalid.problems();
		}
		throw new AssertionError("not refused");
	}

	private <T> T asOfficer(java.util.function.Supplier<T> action) {
		return TestAccounts.runAs(this.officer, action);
	}

}
