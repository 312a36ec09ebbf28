package org.synergies.countries;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.synergies.accounts.AccountView;
import org.synergies.audit.AuditTrail;
import org.synergies.countries.internal.CountryChecks;
import org.synergies.countries.internal.FocalPoint;
import org.synergies.countries.internal.FocalPointRecords;
import org.synergies.shared.CountryCode;
import org.synergies.shared.FieldProblem;
import org.synergies.shared.InvalidInputException;
import org.synergies.shared.NotFoundException;

/**
 * The national focal points of each country for each treaty. The Secretariat names them
 * and links each to the account the person signs in with; a national focal point keeps
 * the contact details of their own country's entries. Everyone reads names and
 * institutions; contact details are shaped for the reader ({@link CountryAccess}). Every
 * change is audited; an edit made on a version that changed since is refused.
 */
@Service
public class FocalPoints {

	public static final String AUDITED_AS = "national-focal-point";

	private final FocalPointRecords records;

	private final CountryChecks checks;

	private final Treaties treaties;

	private final CountryAccess access;

	private final AuditTrail audit;

	private final Clock clock;

	FocalPoints(FocalPointRecords records, CountryChecks checks, Treaties treaties, CountryAccess access,
			AuditTrail audit, Clock clock) {
		this.records = records;
		this.checks = checks;
		this.treaties = treaties;
		this.access = access;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * The country's focal points as the reader may see them: by treaty, primary first.
	 */
	@Transactional(readOnly = true)
	public List<FocalPointView> of(CountryCode country) {
		return this.records.findByCountryOrderByName(country.value())
			.stream()
			.map(FocalPoint::view)
			.sorted(order())
			.map(this.access::shaped)
			.toList();
	}

	/**
	 * The country's focal points for the treaty with their contact details, primary
	 * first, for another module to write to (a notification issued to the country); when
	 * the country has none for that treaty, all its focal points.
	 */
	@Transactional(readOnly = true)
	public List<FocalPointView> toWriteTo(CountryCode country, String treaty) {
		List<FocalPointView> all = this.records.findByCountryOrderByName(country.value())
			.stream()
			.map(FocalPoint::view)
			.sorted(order())
			.toList();
		List<FocalPointView> forTreaty = all.stream().filter(focalPoint -> focalPoint.treaty().equals(treaty)).toList();
		return forTreaty.isEmpty() ? all : forTreaty;
	}

	/** Every focal point, unshaped: for the Secretariat's export. */
	@Transactional(readOnly = true)
	public List<FocalPointView> all() {
		requireSecretariat();
		return this.records.findAllByOrderByCountryAscNameAsc().stream().map(FocalPoint::view).toList();
	}

	/** How many focal points each country has: for the list of countries. */
	@Transactional(readOnly = true)
	public Map<CountryCode, Long> countByCountry() {
		return this.records.findAllByOrderByCountryAscNameAsc()
			.stream()
			.collect(Collectors.groupingBy(focalPoint -> CountryCode.of(focalPoint.country()), Collectors.counting()));
	}

	/** The accounts the Secretariat may link the country's focal points to. */
	@Transactional(readOnly = true)
	public List<AccountView> linkableAccounts(CountryCode country) {
		requireSecretariat();
		return this.checks.linkableAccounts(country);
	}

	/** The focal point, when it is the country's, as the reader may see it. */
	@Transactional(readOnly = true)
	public FocalPointView require(CountryCode country, UUID id) {
		return this.access.shaped(load(country, id).view());
	}

	@Transactional(readOnly = true)
	public List<FieldProblem> check(CountryCode country, FocalPointDetails details, @Nullable UUID except) {
		return this.checks.check(country, CountryChecks.clean(details), except);
	}

	/** The Secretariat names a focal point. */
	@Transactional
	public FocalPointView name(CountryCode country, FocalPointDetails details) {
		requireSecretariat();
		FocalPointDetails clean = CountryChecks.clean(details);
		requireNone(this.checks.check(country, clean, null));
		FocalPoint focalPoint = this.records.save(FocalPoint.name(country, clean, now()));
		this.audit.record(AUDITED_AS, focalPoint.id(), "created", null, focalPoint.view());
		return focalPoint.view();
	}

	/** The Secretariat's edit; refused if the entry changed since {@code version}. */
	@Transactional
	public FocalPointView update(CountryCode country, UUID id, long version, FocalPointDetails details) {
		requireSecretariat();
		FocalPoint focalPoint = current(country, id, version);
		FocalPointDetails clean = CountryChecks.clean(details);
		requireNone(this.checks.check(country, clean, id));
		FocalPointView before = focalPoint.view();
		focalPoint.describe(clean, now());
		return saved(focalPoint, "updated", before);
	}

	/**
	 * A focal point of the country (or the Secretariat) updates who the person is and how
	 * to reach them; the treaty, designation and account link stay as they are.
	 */
	@Transactional
	public FocalPointView updateContact(CountryCode country, UUID id, long version, FocalPointContact contact) {
		if (!this.access.isSecretariat() && !this.access.isFocalPointOf(country)) {
			throw new AccessDeniedException("Not a focal point of " + country);
		}
		FocalPoint focalPoint = current(country, id, version);
		FocalPointContact clean = CountryChecks.clean(contact);
		requireNone(this.checks.check(country, focalPoint.details().withContact(clean), id));
		FocalPointView before = focalPoint.view();
		focalPoint.reach(clean, now());
		return saved(focalPoint, "contact-updated", before);
	}

	@Transactional
	public void remove(CountryCode country, UUID id) {
		requireSecretariat();
		FocalPoint focalPoint = load(country, id);
		this.records.delete(focalPoint);
		this.audit.record(AUDITED_AS, id, "removed", focalPoint.view(), null);
	}

	private Comparator<FocalPointView> order() {
		return Comparator.comparingInt((FocalPointView focalPoint) -> this.treaties.position(focalPoint.treaty()))
			.thenComparing(FocalPointView::designation)
			.thenComparing(FocalPointView::name, String.CASE_INSENSITIVE_ORDER);
	}

	private FocalPointView saved(FocalPoint focalPoint, String action, FocalPointView before) {
		FocalPointView after = this.records.save(focalPoint).view();
		this.audit.record(AUDITED_AS, after.id(), action, before, after);
		return after;
	}

	private FocalPoint current(CountryCode country, UUID id, long version) {
		FocalPoint focalPoint = load(country, id);
		if (focalPoint.version() != version) {
			throw new OptimisticLockingFailureException("focal point " + id + " is at " + focalPoint.version());
		}
		return focalPoint;
	}

	private FocalPoint load(CountryCode country, UUID id) {
		return this.records.findById(id)
			.filter(focalPoint -> focalPoint.country().equals(country.value()))
			.orElseThrow(() -> new NotFoundException(AUDITED_AS, id));
	}

	private void requireSecretariat() {
		if (!this.access.isSecretariat()) {
			throw new AccessDeniedException("Secretariat only");
		}
	}

	private static void requireNone(List<FieldProblem> problems) {
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
	}

	private Instant now() {
		return Instant.now(this.clock).truncatedTo(ChronoUnit.MICROS);
	}

}
