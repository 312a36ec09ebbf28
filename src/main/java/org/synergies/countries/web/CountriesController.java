package org.synergies.countries.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.synergies.accounts.AccountManagement;
import org.synergies.accounts.AccountView;
import org.synergies.countries.CountryMemberships;
import org.synergies.countries.FocalPoints;
import org.synergies.countries.internal.CountryFiles;
import org.synergies.documents.Spreadsheets;
import org.synergies.shared.CountryCode;
import org.synergies.system.Downloads;

/**
 * The public list of countries and each country's page; the memberships as CSV or XLSX
 * for everyone, the focal points (with their contacts) for the Secretariat.
 */
@Controller
@RequestMapping("/countries")
class CountriesController {

	private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	private final CountryPage page;

	private final CountryMemberships memberships;

	private final FocalPoints focalPoints;

	private final AccountManagement accounts;

	private final Clock clock;

	CountriesController(CountryPage page, CountryMemberships memberships, FocalPoints focalPoints,
			AccountManagement accounts, Clock clock) {
		this.page = page;
		this.memberships = memberships;
		this.focalPoints = focalPoints;
		this.accounts = accounts;
		this.clock = clock;
	}

	@GetMapping
	String list(@RequestParam(required = false) @Nullable String country, Model model, Locale locale) {
		if (country != null && CountryCode.isValid(country.strip().toUpperCase(Locale.ROOT))) {
			return "redirect:/countries/" + country.strip().toUpperCase(Locale.ROOT);
		}
		model.addAttribute("lines", this.page.lines(locale));
		model.addAttribute("countries", CountryCode.all(locale));
		return "countries/list";
	}

	@GetMapping("/{country}")
	String country(@PathVariable String country, Model model, Locale locale) {
		this.page.addTo(model, CountryPaths.country(country), locale);
		return "countries/country";
	}

	@GetMapping("/memberships.csv")
	ResponseEntity<byte[]> membershipsCsv() throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Spreadsheets.csv(CountryFiles.memberships(this.memberships.all(null)), out);
		return Downloads.attachment("text/csv;charset=UTF-8", fileName("memberships", "csv"), out.toByteArray());
	}

	@GetMapping("/memberships.xlsx")
	ResponseEntity<byte[]> membershipsXlsx() throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Spreadsheets.xlsx(List.of(CountryFiles.memberships(this.memberships.all(null))), out);
		return Downloads.attachment(XLSX, fileName("memberships", "xlsx"), out.toByteArray());
	}

	@GetMapping("/focal-points.csv")
	@PreAuthorize("@countryAccess.isSecretariat()")
	ResponseEntity<byte[]> focalPointsCsv() throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Spreadsheets.csv(focalPointsTable(), out);
		return Downloads.attachment("text/csv;charset=UTF-8", fileName("focal-points", "csv"), out.toByteArray());
	}

	@GetMapping("/focal-points.xlsx")
	@PreAuthorize("@countryAccess.isSecretariat()")
	ResponseEntity<byte[]> focalPointsXlsx() throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Spreadsheets.xlsx(List.of(focalPointsTable()), out);
		return Downloads.attachment(XLSX, fileName("focal-points", "xlsx"), out.toByteArray());
	}

	private Spreadsheets.Table focalPointsTable() {
		return CountryFiles.focalPoints(this.focalPoints.all(), focalPoint -> focalPoint.account() == null ? ""
				: this.accounts.find(focalPoint.account()).map(AccountView::email).orElse(""));
	}

	private String fileName(String what, String extension) {
		return "synergies-" + what + "-" + LocalDate.now(this.clock) + "." + extension;
	}

}
