package org.synergies.system;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;
import org.synergies.accounts.AccountView;
import org.synergies.accounts.Role;
import org.synergies.countries.CountryImportPreview;
import org.synergies.countries.CountryImports;
import org.synergies.countries.CountryMemberships;
import org.synergies.countries.FocalPointDesignation;
import org.synergies.countries.FocalPointDetails;
import org.synergies.countries.FocalPointView;
import org.synergies.countries.FocalPoints;
import org.synergies.countries.MembershipDetails;
import org.synergies.countries.MembershipStatus;
import org.synergies.countries.MembershipView;
import org.synergies.shared.CountryCode;
import org.synergies.shared.Language;
import org.synergies.support.TestAccounts;
import org.synergies.system.AuthorizationMatrixTests.Endpoint;
import org.synergies.system.MatrixScenes.Scene;

/**
 * What the authorization matrix sends an allowed caller of a countries endpoint: the
 * country of the matrix's focal point (Germany) for its focal points, a country with no
 * membership yet for a new membership, a fresh record for each change, and a valid form
 * or body. {@link #ofAnotherCountry} gives a focal point's endpoints on France's records.
 */
// lazy: module tests scan this package without the modules the scenes need
@Lazy
@Component
class CountryScenes {

	/** The matrix's focal point is Germany's ({@code TestAccounts}). */
	static final CountryCode OWN = CountryCode.of("DE");

	private static final String[] CODES = Locale.getISOCountries();

	private static final AtomicInteger NEXT = new AtomicInteger();

	private final CountryMemberships memberships;

	private final FocalPoints focalPoints;

	private final CountryImports imports;

	private final TestAccounts accounts;

	private @Nullable AccountView officer;

	CountryScenes(CountryMemberships memberships, FocalPoints focalPoints, CountryImports imports,
			TestAccounts accounts) {
		this.memberships = memberships;
		this.focalPoints = focalPoints;
		this.imports = imports;
		this.accounts = accounts;
	}

	static boolean handles(Endpoint endpoint) {
		return endpoint.pattern().startsWith("/countries") || endpoint.pattern().startsWith("/api/v1/countries");
	}

	Scene shape(Endpoint endpoint, Scene scene) {
		scene.with("country", OWN.value());
		String pattern = endpoint.pattern();
		if (pattern.contains("/memberships/{id}")) {
			MembershipView membership = membership();
			scene.with("country", membership.country().value())
				.with("id", membership.id())
				.param("treaty", "CMS")
				.param("status", "SIGNATORY")
				.param("version", membership.version())
				.json("{\"treaty\": \"CMS\", \"status\": \"SIGNATORY\", \"version\": %d}", membership.version());
		}
		else if (pattern.endsWith("/memberships/new") || pattern.endsWith("/memberships")) {
			scene.with("country", freeCountry().value())
				.param("treaty", "CMS")
				.param("status", "PARTY")
				.json("{\"treaty\": \"CMS\", \"status\": \"PARTY\"}");
		}
		else if (pattern.contains("/focal-points/{id}")) {
			FocalPointView focalPoint = focalPoint(OWN);
			scene.with("id", focalPoint.id())
				.param("treaty", "CMS")
				.param("designation", "ALTERNATE")
				.param("name", "Matrix Focal Point")
				.param("version", focalPoint.version())
				.json("{\"treaty\": \"CMS\", \"designation\": \"ALTERNATE\", \"name\": \"Matrix Focal Point\", \"version\": %d}",
						focalPoint.version());
		}
		else if (pattern.endsWith("/focal-points/new") || pattern.endsWith("/focal-points")) {
			scene.param("treaty", "CMS")
				.param("designation", "ALTERNATE")
				.param("name", "Matrix Focal Point")
				.json("{\"treaty\": \"CMS\", \"designation\": \"ALTERNATE\", \"name\": \"Matrix Focal Point\"}");
		}
		else if (pattern.equals("/countries/import/{importId}")) {
			String file = "country,treaty,status,since\n" + freeCountry().value() + ",CMS,PARTY,\n";
			scene
				.with("importId", asOfficer(() -> this.imports.preview(CountryImportPreview.Kind.MEMBERSHIPS,
						"parties.csv", file.getBytes(StandardCharsets.UTF_8)))
					.id())
				.param("mode", "VALID_ROWS");
		}
		return scene;
	}

	/** A focal point's endpoint on an entry of France, not the focal point's country. */
	Scene ofAnotherCountry(Endpoint endpoint, Scene scene) {
		FocalPointView focalPoint = focalPoint(CountryCode.of("FR"));
		return scene.with("country", "FR")
			.with("id", focalPoint.id())
			.param("name", "Taken Over")
			.param("version", focalPoint.version())
			.json("{\"name\": \"Taken Over\", \"version\": %d}", focalPoint.version());
	}

	private MembershipView membership() {
		CountryCode country = freeCountry();
		return asOfficer(
				() -> this.memberships.record(country, new MembershipDetails("CMS", MembershipStatus.PARTY, null)));
	}

	private FocalPointView focalPoint(CountryCode country) {
		return asOfficer(() -> this.focalPoints.name(country, new FocalPointDetails("CMS",
				FocalPointDesignation.ALTERNATE, "Matrix Focal Point", null, null, null, null, null)));
	}

	/**
	 * A country with no CMS membership yet (Germany and France are kept for focal
	 * points).
	 */
	private CountryCode freeCountry() {
		while (true) {
			CountryCode country = CountryCode.of(CODES[NEXT.getAndIncrement() % CODES.length]);
			if (!country.equals(OWN) && !country.value().equals("FR")
					&& asOfficer(() -> this.memberships.of(country)).stream()
						.noneMatch(membership -> membership.treaty().equals("CMS"))) {
				return country;
			}
		}
	}

	private <T> T asOfficer(Supplier<T> action) {
		if (this.officer == null) {
			this.officer = this.accounts.active(Language.EN, Role.SECRETARIAT_OFFICER);
		}
		return TestAccounts.runAs(this.officer, action);
	}

}
