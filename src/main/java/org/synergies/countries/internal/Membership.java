package org.synergies.countries.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;
import org.synergies.countries.MembershipDetails;
import org.synergies.countries.MembershipStatus;
import org.synergies.countries.MembershipView;
import org.synergies.shared.CountryCode;
import org.synergies.shared.RuleViolationException;

/**
 * A country's membership of a treaty: one per country and treaty, its status and since
 * when. It refuses a membership that begins after today.
 */
@Table("country_membership")
public class Membership {

	@Id
	private final UUID id;

	private final String country;

	private String treaty;

	private MembershipStatus status;

	private @Nullable LocalDate since;

	private final Instant createdAt;

	private Instant updatedAt;

	@Version
	private @Nullable Long version;

	@PersistenceCreator
	Membership(UUID id, String country, String treaty, MembershipStatus status, @Nullable LocalDate since,
			Instant createdAt, Instant updatedAt, @Nullable Long version) {
		this.id = id;
		this.country = country;
		this.treaty = treaty;
		this.status = status;
		this.since = since;
		this.createdAt = createdAt;
		this.updatedAt = updatedAt;
		this.version = version;
	}

	/** A new membership; the details were checked by the façade. */
	public static Membership record(CountryCode country, MembershipDetails details, LocalDate today, Instant now) {
		Membership membership = new Membership(UUID.randomUUID(), country.value(), "", MembershipStatus.PARTY, null,
				now, now, null);
		membership.describe(details, today, now);
		return membership;
	}

	public void describe(MembershipDetails details, LocalDate today, Instant now) {
		if (details.treaty() == null || details.status() == null) {
			throw new IllegalArgumentException("checked by the façade");
		}
		if (details.since() != null && details.since().isAfter(today)) {
			throw new RuleViolationException("countries.membership.since-in-future");
		}
		this.treaty = details.treaty();
		this.status = details.status();
		this.since = details.since();
		this.updatedAt = now;
	}

	public MembershipView view() {
		return new MembershipView(this.id, CountryCode.of(this.country), this.treaty, this.status, this.since,
				version());
	}

	public UUID id() {
		return this.id;
	}

	public String country() {
		return this.country;
	}

	public long version() {
		return this.version == null ? 0 : this.version;
	}

}
