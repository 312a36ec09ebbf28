package org.synergies.countries;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.synergies.audit.AuditTrail;
import org.synergies.countries.internal.CountryChecks;
import org.synergies.countries.internal.Membership;
import org.synergies.countries.internal.MembershipRecords;
import org.synergies.shared.CountryCode;
import org.synergies.shared.FieldProblem;
import org.synergies.shared.InvalidInputException;
import org.synergies.shared.NotFoundException;

/**
 * Which countries are Parties to or signatories of which treaties, and since when: public
 * data the Secretariat keeps. Every change is audited; an edit made on a version that
 * changed since is refused.
 */
@Service
public class CountryMemberships {

	public static final String AUDITED_AS = "country-membership";

	private final MembershipRecords records;

	private final CountryChecks checks;

	private final Treaties treaties;

	private final AuditTrail audit;

	private final Clock clock;

	CountryMemberships(MembershipRecords records, CountryChecks checks, Treaties treaties, AuditTrail audit,
			Clock clock) {
		this.records = records;
		this.checks = checks;
		this.treaties = treaties;
		this.audit = audit;
		this.clock = clock;
	}

	/** The country's memberships, in the treaties' order. */
	@Transactional(readOnly = true)
	public List<MembershipView> of(CountryCode country) {
		return this.records.findByCountry(country.value())
			.stream()
			.map(Membership::view)
			.sorted(Comparator.comparingInt(membership -> this.treaties.position(membership.treaty())))
			.toList();
	}

	/** Every membership, by country then treaty; filtered to one treaty when given. */
	@Transactional(readOnly = true)
	public List<MembershipView> all(@Nullable String treaty) {
		return this.records.findAllByOrderByCountry()
			.stream()
			.map(Membership::view)
			.filter(membership -> treaty == null || membership.treaty().equals(treaty))
			.sorted(Comparator.comparing((MembershipView membership) -> membership.country().value())
				.thenComparingInt(membership -> this.treaties.position(membership.treaty())))
			.toList();
	}

	/** The membership, when it is the country's. */
	@Transactional(readOnly = true)
	public MembershipView require(CountryCode country, UUID id) {
		return load(country, id).view();
	}

	/** The problems these details would have, without saving anything. */
	@Transactional(readOnly = true)
	public List<FieldProblem> check(CountryCode country, MembershipDetails details, @Nullable UUID except) {
		return this.checks.check(country, CountryChecks.clean(details), today(), except);
	}

	@Transactional
	public MembershipView record(CountryCode country, MembershipDetails details) {
		MembershipDetails clean = CountryChecks.clean(details);
		requireNone(this.checks.check(country, clean, today(), null));
		Membership membership = this.records.save(Membership.record(country, clean, today(), now()));
		this.audit.record(AUDITED_AS, membership.id(), "created", null, membership.view());
		return membership.view();
	}

	/**
	 * Replaces its treaty, status and date; refused if it changed since {@code version}.
	 */
	@Transactional
	public MembershipView update(CountryCode country, UUID id, long version, MembershipDetails details) {
		Membership membership = load(country, id);
		if (membership.version() != version) {
			throw new OptimisticLockingFailureException("membership " + id + " is at " + membership.version());
		}
		MembershipDetails clean = CountryChecks.clean(details);
		requireNone(this.checks.check(country, clean, today(), id));
		MembershipView before = membership.view();
		membership.describe(clean, today(), now());
		MembershipView after = this.records.save(membership).view();
		this.audit.record(AUDITED_AS, id, "updated", before, after);
		return after;
	}

	/** Removes a membership recorded in error (or a country that withdrew). */
	@Transactional
	public void remove(CountryCode country, UUID id) {
		Membership membership = load(country, id);
		this.records.delete(membership);
		this.audit.record(AUDITED_AS, id, "removed", membership.view(), null);
	}

	private Membership load(CountryCode country, UUID id) {
		return this.records.findById(id)
			.filter(membership -> membership.country().equals(country.value()))
			.orElseThrow(() -> new NotFoundException(AUDITED_AS, id));
	}

	private static void requireNone(List<FieldProblem> problems) {
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
	}

	private LocalDate today() {
		return LocalDate.now(this.clock);
	}

	private Instant now() {
		return Instant.now(this.clock).truncatedTo(ChronoUnit.MICROS);
	}

}
