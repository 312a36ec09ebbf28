package org.synergies.countries.internal;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;
import org.synergies.countries.FocalPointContact;
import org.synergies.countries.FocalPointDesignation;
import org.synergies.countries.FocalPointDetails;
import org.synergies.countries.FocalPointView;
import org.synergies.shared.CountryCode;

/**
 * A national focal point of a country for a treaty. Its country never changes: an entry
 * for another country is another entry.
 */
@Table("national_focal_point")
public class FocalPoint {

	@Id
	private final UUID id;

	private final String country;

	private String treaty;

	private FocalPointDesignation designation;

	private String name;

	private @Nullable String institution;

	private @Nullable String position;

	private @Nullable String email;

	private @Nullable String phone;

	private @Nullable UUID accountId;

	private final Instant createdAt;

	private Instant updatedAt;

	@Version
	private @Nullable Long version;

	@PersistenceCreator
	FocalPoint(UUID id, String country, String treaty, FocalPointDesignation designation, String name,
			@Nullable String institution, @Nullable String position, @Nullable String email, @Nullable String phone,
			@Nullable UUID accountId, Instant createdAt, Instant updatedAt, @Nullable Long version) {
		this.id = id;
		this.country = country;
		this.treaty = treaty;
		this.designation = designation;
		this.name = name;
		this.institution = institution;
		this.position = position;
		this.email = email;
		this.phone = phone;
		this.accountId = accountId;
		this.createdAt = createdAt;
		this.updatedAt = updatedAt;
		this.version = version;
	}

	/** A new focal point; the details were checked by the façade. */
	public static FocalPoint name(CountryCode country, FocalPointDetails details, Instant now) {
		FocalPoint focalPoint = new FocalPoint(UUID.randomUUID(), country.value(), "", FocalPointDesignation.PRIMARY,
				"", null, null, null, null, null, now, now, null);
		focalPoint.describe(details, now);
		return focalPoint;
	}

	/** The Secretariat's edit: everything but the country. */
	public void describe(FocalPointDetails details, Instant now) {
		if (details.treaty() == null || details.designation() == null || details.name() == null) {
			throw new IllegalArgumentException("checked by the façade");
		}
		this.treaty = details.treaty();
		this.designation = details.designation();
		this.accountId = details.account();
		reach(new FocalPointContact(details.name(), details.institution(), details.position(), details.email(),
				details.phone()), now);
	}

	/** The focal point's own edit: who they are and how to reach them. */
	public void reach(FocalPointContact contact, Instant now) {
		if (contact.name() == null) {
			throw new IllegalArgumentException("checked by the façade");
		}
		this.name = contact.name();
		this.institution = contact.institution();
		this.position = contact.position();
		this.email = contact.email();
		this.phone = contact.phone();
		this.updatedAt = now;
	}

	public FocalPointView view() {
		return new FocalPointView(this.id, CountryCode.of(this.country), this.treaty, this.designation, this.name,
				this.institution, this.position, this.email, this.phone, this.accountId, version());
	}

	public FocalPointDetails details() {
		return new FocalPointDetails(this.treaty, this.designation, this.name, this.institution, this.position,
				this.email, this.phone, this.accountId);
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
