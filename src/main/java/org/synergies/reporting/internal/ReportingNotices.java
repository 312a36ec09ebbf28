package org.synergies.reporting.internal;

import org.synergies.reporting.ReportView;
import org.synergies.reporting.CycleView;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.synergies.accounts.AccountView;
import org.synergies.organizations.OrganizationMail;
import org.synergies.shared.Language;

/**
 * E-mails about reporting cycles, and the record of what was sent to whom: the notice
 * that a cycle is open, reminders a set number of days before the deadline to those who
 * have not handed in their report, and notices to late reporters a set number of days
 * after it. Runs every morning (UTC) on every node; a notice is written down before it is
 * sent, under a key that makes a second node skip it.
 */
@Service
public class ReportingNotices {

	private static final Logger log = LoggerFactory.getLogger(ReportingNotices.class);

	/** What a notice is. */
	public enum Kind {

		OPENED, REMINDER, LATE

	}

	/**
	 * A notice sent about a cycle to an organization ({@code days}: the offset used), and
	 * to whom, each in their language.
	 */
	public record Notice(UUID organization, Kind kind, int days, List<Recipient> sentTo, Instant sentAt) {

		public Notice {
			sentTo = List.copyOf(sentTo);
		}

	}

	public record Recipient(String email, Language language) {
	}

	private final ReportingCycles cycles;

	private final Reports reports;

	private final OrganizationMail mail;

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final Clock clock;

	ReportingNotices(ReportingCycles cycles, Reports reports, OrganizationMail mail, JdbcClient jdbc,
			TransactionTemplate transactions, Clock clock) {
		this.cycles = cycles;
		this.reports = reports;
		this.mail = mail;
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.clock = clock;
	}

	/** Sends what is due today; returns how many notices went out. */
	@Scheduled(cron = "${synergies.reporting.notices:0 30 6 * * *}", zone = "UTC")
	public int sendDue() {
		LocalDate today = LocalDate.now(this.clock);
		int sent = 0;
		for (CycleView cycle : this.cycles.cycles()) {
			if (today.isBefore(cycle.opensOn())) {
				continue;
			}
			Map<UUID, ReportView> handedIn = new HashMap<>();
			this.reports.ofCycle(cycle.id())
				.stream()
				.filter(report -> report.status().isHandedIn())
				.forEach(report -> handedIn.put(report.organization(), report));
			Set<UUID> must = this.cycles.mustReport(cycle);
			for (UUID organization : this.cycles.expected(cycle)) {
				if (handedIn.containsKey(organization)) {
					continue;
				}
				Optional<Due> due = due(cycle, organization, today);
				if (due.isPresent() && send(cycle, organization, due.get(), must.contains(organization))) {
					sent++;
				}
			}
		}
		return sent;
	}

	/** What was sent about a cycle, newest first. */
	public List<Notice> sentFor(UUID cycle) {
		return this.jdbc.sql("""
				SELECT organization_id, kind, days, sent_to, sent_at FROM reporting_notice
				WHERE cycle_id = :cycle ORDER BY sent_at DESC""")
			.param("cycle", cycle)
			.query((rs, row) -> new Notice(rs.getObject("organization_id", UUID.class),
					Kind.valueOf(rs.getString("kind")), rs.getInt("days"), recipients(rs.getString("sent_to")),
					rs.getTimestamp("sent_at").toInstant()))
			.list();
	}

	private static List<Recipient> recipients(@Nullable String sentTo) {
		if (sentTo == null || sentTo.isBlank()) {
			return List.of();
		}
		return sentTo.lines().map(line -> {
			int space = line.lastIndexOf(' ');
			return new Recipient(line.substring(0, space), Language.valueOf(line.substring(space + 1)));
		}).toList();
	}

	private record Due(Kind kind, int days) {
	}

	/**
	 * The one notice due today for an organization: the latest of the opening notice, the
	 * reminders and the late notices whose day has come and that was not sent yet — a
	 * node that was down on the day sends it the next morning, and never a backlog.
	 */
	private Optional<Due> due(CycleView cycle, UUID organization, LocalDate today) {
		Set<String> sent = Set.copyOf(this.jdbc
			.sql("SELECT kind || ':' || days FROM reporting_notice WHERE cycle_id = :cycle AND organization_id = :org")
			.param("cycle", cycle.id())
			.param("org", organization)
			.query(String.class)
			.list());
		LocalDate deadline = cycle.deadlineFor(organization);
		Due latest = null;
		LocalDate latestDay = null;
		if (!sent.contains(Kind.OPENED + ":0")) {
			latest = new Due(Kind.OPENED, 0);
			latestDay = cycle.opensOn();
		}
		for (int days : cycle.reminderDays()) {
			LocalDate day = deadline.minusDays(days);
			if (!day.isAfter(today) && !today.isAfter(deadline) && (latestDay == null || day.isAfter(latestDay))) {
				latest = sent.contains(Kind.REMINDER + ":" + days) ? null : new Due(Kind.REMINDER, days);
				latestDay = day;
			}
		}
		for (int days : cycle.lateReminderDays()) {
			LocalDate day = deadline.plusDays(days);
			if (!day.isAfter(today) && (latestDay == null || day.isAfter(latestDay))) {
				latest = sent.contains(Kind.LATE + ":" + days) ? null : new Due(Kind.LATE, days);
				latestDay = day;
			}
		}
		return Optional.ofNullable(latest);
	}

	private boolean send(CycleView cycle, UUID organization, Due due, boolean mustReport) {
		try {
			Boolean sent = this.transactions.execute(status -> {
				this.jdbc.sql("""
						INSERT INTO reporting_notice (cycle_id, organization_id, kind, days, recipients, sent_at)
						VALUES (:cycle, :org, :kind, :days, 0, :now)""")
					.param("cycle", cycle.id())
					.param("org", organization)
					.param("kind", due.kind().name())
					.param("days", due.days())
					.param("now", java.sql.Timestamp.from(Instant.now(this.clock).truncatedTo(ChronoUnit.MICROS)))
					.update();
				List<AccountView> written = this.mail.send(organization,
						"reporting-" + due.kind().name().toLowerCase(Locale.ROOT), "/reporting",
						Map.of("meeting", this.cycles.meetingName(cycle), "deadline", cycle.deadlineFor(organization),
								"days", due.days(), "mustReport", mustReport),
						List.of(this.cycles.meetingName(cycle), cycle.deadlineFor(organization)));
				this.jdbc.sql("""
						UPDATE reporting_notice SET recipients = :recipients, sent_to = :sentTo
						WHERE cycle_id = :cycle AND organization_id = :org AND kind = :kind AND days = :days""")
					.param("recipients", written.size())
					.param("sentTo",
							written.stream()
								.map(person -> person.email() + " " + person.language().name())
								.collect(Collectors.joining("\n")))
					.param("cycle", cycle.id())
					.param("org", organization)
					.param("kind", due.kind().name())
					.param("days", due.days())
					.update();
				return true;
			});
			return Boolean.TRUE.equals(sent);
		}
		catch (DuplicateKeyException anotherNodeSentIt) {
			log.debug("{} notice for {} in {} already sent", due.kind(), organization, cycle.meetingCode());
			return false;
		}
	}

}
