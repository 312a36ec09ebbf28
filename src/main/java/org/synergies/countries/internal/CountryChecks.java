package org.synergies.countries.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.synergies.accounts.AccountFilter;
import org.synergies.accounts.AccountManagement;
import org.synergies.accounts.AccountPage;
import org.synergies.accounts.AccountView;
import org.synergies.accounts.Role;
import org.synergies.countries.FocalPointContact;
import org.synergies.countries.FocalPointDesignation;
import org.synergies.countries.FocalPointDetails;
import org.synergies.countries.MembershipDetails;
import org.synergies.countries.Treaties;
import org.synergies.shared.CountryCode;
import org.synergies.shared.FieldProblem;

/**
 * What a membership and a focal point must be, checked against the treaties, the records
 * already kept and the accounts: one membership per country and treaty, one primary focal
 * point per country and treaty, and an account linked to a focal point only when it is a
 * national focal point's account for the same country (the server checks the link the
 * Secretariat chose).
 */
@Component
public class CountryChecks {

	static final int NAME_LENGTH = 200;

	static final int INSTITUTION_LENGTH = 300;

	static final int POSITION_LENGTH = 200;

	static final int EMAIL_LENGTH = 254;

	private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s.]+$");

	private static final Pattern PHONE = Pattern.compile("^[+0-9 ()./\\-]{3,50}$");

	private final Treaties treaties;

	private final MembershipRecords memberships;

	private final FocalPointRecords focalPoints;

	private final AccountManagement accounts;

	CountryChecks(Treaties treaties, MembershipRecords memberships, FocalPointRecords focalPoints,
			AccountManagement accounts) {
		this.treaties = treaties;
		this.memberships = memberships;
		this.focalPoints = focalPoints;
		this.accounts = accounts;
	}

	/** The details with blank texts read as none and the others trimmed. */
	public static MembershipDetails clean(MembershipDetails details) {
		return new MembershipDetails(clean(details.treaty()), details.status(), details.since());
	}

	public static FocalPointDetails clean(FocalPointDetails details) {
		return new FocalPointDetails(clean(details.treaty()), details.designation(), clean(details.name()),
				clean(details.institution()), clean(details.position()), clean(details.email()), clean(details.phone()),
				details.account());
	}

	public static FocalPointContact clean(FocalPointContact contact) {
		return new FocalPointContact(clean(contact.name()), clean(contact.institution()), clean(contact.position()),
				clean(contact.email()), clean(contact.phone()));
	}

	/**
	 * @param except the membership being edited
	 */
	public List<FieldProblem> check(CountryCode country, MembershipDetails details, LocalDate today,
			@Nullable UUID except) {
		List<FieldProblem> problems = new ArrayList<>();
		treaty(problems, details.treaty());
		if (details.status() == null) {
			problems.add(new FieldProblem("status", "validation.choose"));
		}
		if (details.since() != null && details.since().isAfter(today)) {
			problems.add(new FieldProblem("since", "countries.membership.since-in-future"));
		}
		if (details.treaty() != null) {
			this.memberships.findByCountryAndTreaty(country.value(), details.treaty())
				.filter(existing -> !existing.id().equals(except))
				.ifPresent(existing -> problems.add(new FieldProblem("treaty", "countries.membership.duplicate",
						this.treaties.acronymOf(details.treaty()))));
		}
		return problems;
	}

	/**
	 * @param except the focal point being edited
	 */
	public List<FieldProblem> check(CountryCode country, FocalPointDetails details, @Nullable UUID except) {
		List<FieldProblem> problems = new ArrayList<>();
		treaty(problems, details.treaty());
		if (details.designation() == null) {
			problems.add(new FieldProblem("designation", "validation.choose"));
		}
		problems.addAll(check(new FocalPointContact(details.name(), details.institution(), details.position(),
				details.email(), details.phone())));
		if (details.designation() == FocalPointDesignation.PRIMARY && details.treaty() != null
				&& this.focalPoints.findByCountryOrderByName(country.value())
					.stream()
					.anyMatch(other -> !other.id().equals(except) && other.view().isPrimary()
							&& details.treaty().equals(other.view().treaty()))) {
			problems.add(new FieldProblem("designation", "countries.focal-point.second-primary",
					this.treaties.acronymOf(details.treaty())));
		}
		if (details.account() != null && !isFocalPointAccount(details.account(), country)) {
			problems.add(new FieldProblem("account", "countries.focal-point.account", country.value()));
		}
		return problems;
	}

	public List<FieldProblem> check(FocalPointContact contact) {
		List<FieldProblem> problems = new ArrayList<>();
		if (contact.name() == null) {
			problems.add(new FieldProblem("name", "validation.required"));
		}
		length(problems, "name", contact.name(), NAME_LENGTH);
		length(problems, "institution", contact.institution(), INSTITUTION_LENGTH);
		length(problems, "position", contact.position(), POSITION_LENGTH);
		if (contact.email() != null
				&& (contact.email().length() > EMAIL_LENGTH || !EMAIL.matcher(contact.email()).matches())) {
			problems.add(new FieldProblem("email", "validation.email"));
		}
		if (contact.phone() != null && !PHONE.matcher(contact.phone()).matches()) {
			problems.add(new FieldProblem("phone", "validation.phone"));
		}
		return problems;
	}

	/**
	 * The accounts a focal point of this country may be linked to: national focal points
	 * of the country, not disabled, by name.
	 */
	public List<AccountView> linkableAccounts(CountryCode country) {
		List<AccountView> found = new ArrayList<>();
		AccountPage page;
		int number = 0;
		do {
			page = this.accounts.list(new AccountFilter(null, Role.NATIONAL_FOCAL_POINT, null), number++, 200);
			page.accounts().stream().filter(account -> isFocalPointAccount(account, country)).forEach(found::add);
		}
		while (page.hasNext());
		return found;
	}

	/** Whether the account is a national focal point's of this country. */
	public boolean isFocalPointAccount(UUID account, CountryCode country) {
		return this.accounts.find(account).filter(found -> isFocalPointAccount(found, country)).isPresent();
	}

	public static boolean isFocalPointAccount(AccountView account, CountryCode country) {
		return account.has(Role.NATIONAL_FOCAL_POINT) && country.equals(account.country())
				&& !account.status().isDisabled();
	}

	private void treaty(List<FieldProblem> problems, @Nullable String treaty) {
		if (treaty == null) {
			problems.add(new FieldProblem("treaty", "validation.choose"));
		}
		else if (this.treaties.find(treaty).isEmpty()) {
			problems.add(new FieldProblem("treaty", "validation.unknown-code", treaty));
		}
	}

	private static void length(List<FieldProblem> problems, String field, @Nullable String value, int max) {
		if (value != null && value.codePointCount(0, value.length()) > max) {
			problems.add(new FieldProblem(field, "validation.too-long-n", max));
		}
	}

	private static @Nullable String clean(@Nullable String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

}
