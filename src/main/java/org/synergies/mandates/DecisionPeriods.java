package org.synergies.mandates;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.synergies.audit.AuditTrail;
import org.synergies.meetings.GoverningBodies;
import org.synergies.meetings.MeetingView;
import org.synergies.shared.FieldProblem;
import org.synergies.shared.InvalidInputException;
import org.synergies.shared.NotFoundException;

/**
 * The periods of time-bound decisions: a decision is in force from the meeting that
 * adopted it until the opening of the next meeting of the body named in it, at which it
 * lapses unless renewed. Whether it lapsed is read from today's date against that
 * meeting, never stored. For each meeting, the list of decisions that lapse at it, with
 * the Secretariat's proposal for each (renew, delete, undecided).
 */
@Service
public class DecisionPeriods {

	static final String AUDITED_AS = "mandate-period";

	private final Mandates mandates;

	private final GoverningBodies bodies;

	private final Duties duties;

	private final JdbcClient jdbc;

	private final AuditTrail audit;

	private final Clock clock;

	DecisionPeriods(Mandates mandates, GoverningBodies bodies, Duties duties, JdbcClient jdbc, AuditTrail audit,
			Clock clock) {
		this.mandates = mandates;
		this.bodies = bodies;
		this.duties = duties;
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = clock;
	}

	/** A decision that lapses at a meeting, with its period and its own duty. */
	public record Lapsing(MandateView decision, DecisionPeriod period, Duty duty) {
	}

	/** The decision's period, if it has one (resolutions have none). */
	@Transactional(readOnly = true)
	public Optional<DecisionPeriod> of(UUID mandate) {
		this.mandates.require(mandate);
		return read(mandate);
	}

	/** Whether the text is a decision whose period ended: its last meeting has opened. */
	@Transactional(readOnly = true)
	public boolean isLapsed(MandateView mandate) {
		return read(mandate.id()).map(period -> period.lapsedOn(today())).orElse(false);
	}

	/**
	 * The texts in force: adopted, and for a decision not lapsed (read from today's
	 * date).
	 */
	@Transactional(readOnly = true)
	public List<MandateView> active(List<MandateView> texts) {
		return texts.stream().filter(MandateView::isPublic).filter(text -> !isLapsed(text)).toList();
	}

	/**
	 * Sets the period; also how a renewal is recorded (the meeting that renewed it keeps
	 * it in force until a later one).
	 * @param version the period's version as read (0 when it has none)
	 */
	@Transactional
	public DecisionPeriod set(UUID mandate, @Nullable UUID from, @Nullable UUID until, long version) {
		MandateView decision = this.mandates.require(mandate);
		List<FieldProblem> problems = new ArrayList<>();
		if (decision.kind() != MandateKind.DECISION) {
			problems.add(new FieldProblem("until", "mandates.period.resolution"));
		}
		MeetingView first = from == null ? null : this.bodies.meeting(from).orElse(null);
		MeetingView last = until == null ? null : this.bodies.meeting(until).orElse(null);
		if (first == null) {
			problems.add(new FieldProblem("from", "validation.choose"));
		}
		if (last == null) {
			problems.add(new FieldProblem("until", "validation.choose"));
		}
		else if (first != null && !last.startsOn().isAfter(first.endsOn())) {
			problems.add(new FieldProblem("until", "mandates.period.order", first.code()));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		Optional<DecisionPeriod> before = read(mandate);
		if (before.map(DecisionPeriod::version).orElse(0L) != version) {
			throw stale(mandate);
		}
		Instant now = now();
		if (before.isEmpty()) {
			try {
				this.jdbc.sql(
						"INSERT INTO mandate_period (mandate_id, from_meeting, until_meeting, proposal, updated_at, version)"
								+ " VALUES (:mandate, :from, :until, :proposal, :now, 1)")
					.param("mandate", mandate)
					.param("from", from)
					.param("until", until)
					.param("proposal", RenewalProposal.UNDECIDED.name())
					.param("now", Timestamp.from(now))
					.update();
			}
			catch (DuplicateKeyException taken) {
				throw stale(mandate);
			}
		}
		else {
			// a new last meeting asks for a new proposal: the one made was for the other
			boolean moved = !before.get().until().id().equals(until);
			update("from_meeting = :from, until_meeting = :until"
					+ (moved ? ", proposal = '" + RenewalProposal.UNDECIDED.name() + "'" : ""), mandate, version,
					statement -> statement.param("from", from).param("until", until));
		}
		DecisionPeriod after = read(mandate).orElseThrow();
		this.audit.record(AUDITED_AS, mandate, before.isEmpty() ? "period-set" : "period-changed", before.orElse(null),
				after);
		return after;
	}

	/** The Secretariat's proposal to the meeting at which the decision lapses. */
	@Transactional
	public DecisionPeriod propose(UUID mandate, @Nullable RenewalProposal proposal, long version) {
		this.mandates.require(mandate);
		DecisionPeriod before = read(mandate).orElseThrow(() -> new NotFoundException(AUDITED_AS, mandate));
		if (proposal == null) {
			throw new InvalidInputException(List.of(new FieldProblem("proposal", "validation.choose")));
		}
		if (before.version() != version) {
			throw stale(mandate);
		}
		update("proposal = :proposal", mandate, version, statement -> statement.param("proposal", proposal.name()));
		DecisionPeriod after = read(mandate).orElseThrow();
		this.audit.record(AUDITED_AS, mandate, "renewal-proposed", before, after);
		return after;
	}

	/** The decisions the reader may see that lapse at this meeting, by number. */
	@Transactional(readOnly = true)
	public List<Lapsing> lapsingAt(UUID meeting) {
		this.bodies.meeting(meeting).orElseThrow(() -> new NotFoundException("meeting", meeting));
		return this.jdbc.sql("SELECT mandate_id FROM mandate_period WHERE until_meeting = :meeting")
			.param("meeting", meeting)
			.query(UUID.class)
			.list()
			.stream()
			.map(this.mandates::find)
			.flatMap(Optional::stream)
			.sorted(Mandates.BY_SYMBOL)
			.map(decision -> new Lapsing(decision, read(decision.id()).orElseThrow(), this.duties.of(decision.id())))
			.toList();
	}

	/** How many decisions lapse at each meeting, for the meetings that have any. */
	@Transactional(readOnly = true)
	public java.util.Map<UUID, Integer> lapsingCounts() {
		java.util.Map<UUID, Integer> counts = new java.util.HashMap<>();
		this.jdbc.sql("SELECT until_meeting, COUNT(*) AS n FROM mandate_period GROUP BY until_meeting")
			.query((rs, row) -> counts.put(rs.getObject("until_meeting", UUID.class), rs.getInt("n")))
			.list();
		return counts;
	}

	public LocalDate today() {
		return LocalDate.now(this.clock);
	}

	private void update(String assignments, UUID mandate, long version,
			java.util.function.UnaryOperator<JdbcClient.StatementSpec> parameters) {
		int updated = parameters.apply(this.jdbc
			.sql("UPDATE mandate_period SET " + assignments + ", updated_at = :now, version = version + 1"
					+ " WHERE mandate_id = :mandate AND version = :version")
			.param("mandate", mandate)
			.param("version", version)
			.param("now", Timestamp.from(now()))).update();
		if (updated == 0) {
			throw stale(mandate);
		}
	}

	private Optional<DecisionPeriod> read(UUID mandate) {
		return this.jdbc.sql(
				"SELECT from_meeting, until_meeting, proposal, version FROM mandate_period WHERE mandate_id = :mandate")
			.param("mandate", mandate)
			.query((rs, row) -> new DecisionPeriod(mandate, meeting(rs.getObject("from_meeting", UUID.class)),
					meeting(rs.getObject("until_meeting", UUID.class)),
					RenewalProposal.valueOf(rs.getString("proposal")), rs.getLong("version")))
			.optional();
	}

	private MeetingView meeting(UUID id) {
		return this.bodies.meeting(id).orElseThrow(() -> new NotFoundException("meeting", id));
	}

	private static OptimisticLockingFailureException stale(UUID mandate) {
		return new OptimisticLockingFailureException("the period of decision " + mandate + " changed since");
	}

	private Instant now() {
		return Instant.now(this.clock).truncatedTo(ChronoUnit.MICROS);
	}

}
