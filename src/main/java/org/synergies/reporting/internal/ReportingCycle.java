package org.synergies.reporting.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;
import org.synergies.reporting.ExchangeRate;
import org.synergies.reporting.RateSource;

/**
 * A reporting cycle with the partners invited to it, the exchange rates its compilation
 * uses and the extensions granted.
 */
@Table("reporting_cycle")
class ReportingCycle {

	@Id
	private final UUID id;

	private final UUID meetingId;

	private final UUID templateId;

	private LocalDate opensOn;

	private LocalDate deadline;

	private String reminderDays;

	private String lateReminderDays;

	@MappedCollection(idColumn = "cycle_id")
	private Set<Invitation> invitations;

	@MappedCollection(idColumn = "cycle_id")
	private Set<Rate> rates;

	@MappedCollection(idColumn = "cycle_id")
	private Set<Extension> extensions;

	private final Instant createdAt;

	private Instant updatedAt;

	@Version
	private @Nullable Long version;

	@Table("cycle_invitation")
	record Invitation(UUID organizationId, Instant invitedAt) {
	}

	@Table("cycle_exchange_rate")
	record Rate(String currency, BigDecimal usdPerUnit, RateSource source, @Nullable String sourceDescription,
			LocalDate appliesOn, String enteredBy, Instant enteredAt) {

		static Rate of(ExchangeRate rate) {
			return new Rate(rate.currency(), rate.usdPerUnit(), rate.source(), rate.sourceDescription(),
					rate.appliesOn(), rate.enteredBy(), rate.enteredAt());
		}

		ExchangeRate view() {
			return new ExchangeRate(this.currency, this.usdPerUnit, this.source, this.sourceDescription, this.appliesOn,
					this.enteredBy, this.enteredAt);
		}

	}

	@Table("cycle_extension")
	record Extension(UUID organizationId, LocalDate until, String grantedBy, Instant grantedAt) {
	}

	@PersistenceCreator
	ReportingCycle(UUID id, UUID meetingId, UUID templateId, LocalDate opensOn, LocalDate deadline, String reminderDays,
			String lateReminderDays, Set<Invitation> invitations, Set<Rate> rates, Set<Extension> extensions,
			Instant createdAt, Instant updatedAt, @Nullable Long version) {
		this.id = id;
		this.meetingId = meetingId;
		this.templateId = templateId;
		this.opensOn = opensOn;
		this.deadline = deadline;
		this.reminderDays = reminderDays;
		this.lateReminderDays = lateReminderDays;
		this.invitations = invitations;
		this.rates = rates;
		this.extensions = extensions;
		this.createdAt = createdAt;
		this.updatedAt = updatedAt;
		this.version = version;
	}

	public static ReportingCycle open(UUID meeting, UUID template, LocalDate opensOn, LocalDate deadline,
			List<Integer> reminderDays, List<Integer> lateReminderDays, Instant now) {
		return new ReportingCycle(UUID.randomUUID(), meeting, template, opensOn, deadline, join(reminderDays),
				join(lateReminderDays), new HashSet<>(), new HashSet<>(), new HashSet<>(), now, now, null);
	}

	public void reschedule(LocalDate opensOn, LocalDate deadline, List<Integer> reminderDays,
			List<Integer> lateReminderDays, Instant now) {
		this.opensOn = opensOn;
		this.deadline = deadline;
		this.reminderDays = join(reminderDays);
		this.lateReminderDays = join(lateReminderDays);
		this.updatedAt = now;
	}

	public void invite(UUID organization, Instant now) {
		if (this.invitations.stream().noneMatch(invitation -> invitation.organizationId().equals(organization))) {
			this.invitations.add(new Invitation(organization, now));
			this.updatedAt = now;
		}
	}

	public void uninvite(UUID organization, Instant now) {
		this.invitations.removeIf(invitation -> invitation.organizationId().equals(organization));
		this.updatedAt = now;
	}

	/** Replaces every rate with these. */
	public void setRates(Collection<ExchangeRate> rates, Instant now) {
		this.rates = rates.stream().map(Rate::of).collect(Collectors.toCollection(HashSet::new));
		this.updatedAt = now;
	}

	/** Adds these rates, or replaces those of the same currencies. */
	public void enterRates(Collection<ExchangeRate> rates, Instant now) {
		rates.forEach(rate -> {
			this.rates.removeIf(existing -> existing.currency().equals(rate.currency()));
			this.rates.add(Rate.of(rate));
		});
		this.updatedAt = now;
	}

	/** Removes the rate of a currency; false when there was none. */
	public boolean removeRate(String currency, Instant now) {
		boolean removed = this.rates.removeIf(rate -> rate.currency().equals(currency));
		if (removed) {
			this.updatedAt = now;
		}
		return removed;
	}

	public void extend(UUID organization, LocalDate until, String grantedBy, Instant now) {
		this.extensions.removeIf(extension -> extension.organizationId().equals(organization));
		this.extensions.add(new Extension(organization, until, grantedBy, now));
		this.updatedAt = now;
	}

	/**
	 * An organization merged into another: the survivor inherits its invitation and
	 * extension.
	 */
	public void moveOrganization(UUID from, UUID to, Instant now) {
		if (this.invitations.removeIf(invitation -> invitation.organizationId().equals(from))) {
			invite(to, now);
		}
		Extension moved = this.extensions.stream()
			.filter(extension -> extension.organizationId().equals(from))
			.findFirst()
			.orElse(null);
		if (moved != null) {
			this.extensions.remove(moved);
			LocalDate survivors = extensions().get(to);
			if (survivors == null || survivors.isBefore(moved.until())) {
				this.extensions.removeIf(extension -> extension.organizationId().equals(to));
				this.extensions.add(new Extension(to, moved.until(), moved.grantedBy(), moved.grantedAt()));
			}
		}
		this.updatedAt = now;
	}

	public UUID id() {
		return this.id;
	}

	public UUID meetingId() {
		return this.meetingId;
	}

	public UUID templateId() {
		return this.templateId;
	}

	public LocalDate opensOn() {
		return this.opensOn;
	}

	public LocalDate deadline() {
		return this.deadline;
	}

	public List<Integer> reminderDays() {
		return split(this.reminderDays);
	}

	public List<Integer> lateReminderDays() {
		return split(this.lateReminderDays);
	}

	public Set<UUID> invited() {
		return this.invitations.stream().map(Invitation::organizationId).collect(Collectors.toSet());
	}

	public Map<String, ExchangeRate> rates() {
		return this.rates.stream().collect(Collectors.toMap(Rate::currency, Rate::view));
	}

	public Map<UUID, LocalDate> extensions() {
		return this.extensions.stream().collect(Collectors.toMap(Extension::organizationId, Extension::until));
	}

	public long version() {
		return this.version == null ? 0 : this.version;
	}

	private static String join(List<Integer> days) {
		return days.stream().distinct().sorted().map(String::valueOf).collect(Collectors.joining(","));
	}

	private static List<Integer> split(String days) {
		return days.isBlank() ? List.of()
				: Arrays.stream(days.split(",")).map(String::strip).map(Integer::valueOf).toList();
	}

}
