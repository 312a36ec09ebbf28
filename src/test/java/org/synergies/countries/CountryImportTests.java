package org.synergies.countries;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.synergies.accounts.AccountView;
import org.synergies.accounts.Role;
import org.synergies.countries.CountryImportPreview.Kind;
import org.synergies.countries.CountryImportPreview.Mode;
import org.synergies.countries.CountryImportRow.Outcome;
import org.synergies.shared.CountryCode;
import org.synergies.shared.FieldProblem;
import org.synergies.shared.Language;
import org.synergies.shared.RuleViolationException;
import org.synergies.support.TestAccounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * Memberships and focal points come in from CSV or XLSX files: a preview that writes
 * nothing and says what each row would do, then every valid row or all rows or none; an
 * exported file imports back as matches.
 */
@SpringBootTest
@AutoConfigureMockMvc
class CountryImportTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	CountryImports imports;

	@Autowired
	CountryMemberships memberships;

	@Autowired
	FocalPoints focalPoints;

	AccountView officer;

	CountryCode country;

	@BeforeEach
	void officerAndCountry() {
		this.officer = this.accounts.active(Language.EN, Role.SECRETARIAT_OFFICER);
		this.country = TestCountries.fresh(this.memberships, this.focalPoints, this.officer);
	}

	@Test
	void aFileWithABadRowImportsNothingAllOrNothingAndTheValidRowsOtherwise() {
		String code = this.country.value();
		byte[] file = ("country;treaty;status;since\n" + code + ";CMS;party;1983-11-01\n" + code
				+ ";AEWA;MEMBER;2099-01-01\n" + code + ";CMS;PARTY;\nZZ;CITES;PARTY;\n" + code + ";RAMSAR;SIGNATORY;\n")
			.getBytes(StandardCharsets.UTF_8);
		CountryImportPreview preview = asOfficer(() -> this.imports.preview(Kind.MEMBERSHIPS, "parties.csv", file));

		assertThat(preview.rows()).extracting(CountryImportRow::outcome)
			.containsExactly(Outcome.NEW, Outcome.INVALID, Outcome.INVALID, Outcome.INVALID, Outcome.NEW);
		assertThat(preview.rows().get(1).problems()).extracting(FieldProblem::messageKey)
			.containsExactlyInAnyOrder("countries.import.choice", "countries.membership.since-in-future");
		assertThat(preview.rows().get(2).problems()).extracting(FieldProblem::messageKey)
			.containsExactly("countries.import.twice-in-file");
		assertThat(preview.rows().get(3).problems()).extracting(FieldProblem::messageKey)
			.containsExactly("validation.country-code");
		assertThat(this.memberships.of(this.country)).as("a preview writes nothing").isEmpty();

		assertThatThrownBy(() -> asOfficer(() -> this.imports.apply(preview.id(), Mode.ALL_OR_NOTHING)))
			.isInstanceOfSatisfying(RuleViolationException.class,
					refused -> assertThat(refused.messageKey()).isEqualTo("import.rule.invalid-rows"));
		assertThat(this.memberships.of(this.country)).isEmpty();

		CountryImportResult result = asOfficer(() -> this.imports.apply(preview.id(), Mode.VALID_ROWS));
		assertThat(result).isEqualTo(new CountryImportResult(2, 0, 3));
		assertThat(this.memberships.of(this.country)).extracting(MembershipView::treaty, MembershipView::status)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("CMS", MembershipStatus.PARTY),
					org.assertj.core.groups.Tuple.tuple("RAMSAR", MembershipStatus.SIGNATORY));
		assertThatThrownBy(() -> asOfficer(() -> this.imports.apply(preview.id(), Mode.VALID_ROWS)))
			.hasMessage("import.rule.already-applied");
	}

	@Test
	void focalPointsComeBackFromTheirExportAsMatchesAndAreLinkedByAccountEmail() {
		AccountView own = TestCountries.focalPointOf(this.accounts, this.country);
		AccountView german = this.accounts.active(Language.EN, Role.NATIONAL_FOCAL_POINT);
		String code = this.country.value();
		byte[] file = ("id,country,treaty,designation,name,institution,position,email,phone,account_email\n" + ","
				+ code + ",CMS,PRIMARY,Eva Import,Ministry,Director,eva@example.org,+1 555 0101," + own.email() + "\n"
				+ "," + code + ",CITES,PRIMARY,Finn Import,,,,," + german.email() + "\n")
			.getBytes(StandardCharsets.UTF_8);
		CountryImportPreview preview = asOfficer(() -> this.imports.preview(Kind.FOCAL_POINTS, "people.csv", file));
		assertThat(preview.rows()).extracting(CountryImportRow::outcome).containsExactly(Outcome.NEW, Outcome.INVALID);
		assertThat(preview.rows().get(1).problems()).extracting(FieldProblem::field).containsExactly("account_email");
		asOfficer(() -> this.imports.apply(preview.id(), Mode.VALID_ROWS));
		List<FocalPointView> named = asOfficer(() -> this.focalPoints.of(this.country));
		assertThat(named).extracting(FocalPointView::name, FocalPointView::account)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("Eva Import", own.id()));

		assertThat(this.mvc.get().uri("/countries/focal-points.csv")).as("contacts are the Secretariat's")
			.hasStatus3xxRedirection();
		byte[] export = this.mvc.get()
			.uri("/countries/focal-points.csv")
			.with(TestAccounts.as(this.officer))
			.exchange()
			.getResponse()
			.getContentAsByteArray();
		assertThat(new String(export, StandardCharsets.UTF_8)).contains("Eva Import", own.email());
		var uploaded = this.mvc.post()
			.uri("/countries/import")
			.multipart()
			.file(new MockMultipartFile("file", "export.csv", "text/csv", export))
			.param("kind", "FOCAL_POINTS")
			.with(TestAccounts.as(this.officer))
			.with(csrf())
			.exchange();
		assertThat(uploaded).hasStatus3xxRedirection();
		assertThat(this.mvc.get().uri(uploaded.getResponse().getRedirectedUrl()).with(TestAccounts.as(this.officer)))
			.hasStatusOk()
			.bodyText()
			.contains(code + " · CMS · Eva Import", "Update")
			.doesNotContain("Invalid");
	}

	@Test
	void aFileWithoutTheKindsColumnsIsRefusedWithTheColumnsItNeeds() {
		byte[] file = "official_name\nBirdLife\n".getBytes(StandardCharsets.UTF_8);
		assertThat(this.mvc.post()
			.uri("/countries/import")
			.multipart()
			.file(new MockMultipartFile("file", "wrong.csv", "text/csv", file))
			.param("kind", "MEMBERSHIPS")
			.with(TestAccounts.as(this.officer))
			.with(csrf())).hasStatusOk()
			.bodyText()
			.contains("The first row must be a header with the columns country, treaty, status, since.");
	}

	private <T> T asOfficer(java.util.function.Supplier<T> action) {
		return TestAccounts.runAs(this.officer, action);
	}

}
