package org.synergies.agreements;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.synergies.agreements.internal.AgreementAction;
import org.synergies.agreements.internal.AgreementActionRecords;
import org.synergies.agreements.internal.ExpiryWarningRecords;
import org.synergies.meetings.GoverningBodies;
import org.synergies.meetings.GoverningBody;
import org.synergies.meetings.MeetingView;
import org.synergies.shared.VersionStatus;

/**
 * The agreements to put before the next meetings of the Standing Committee and of the
 * Conference of the Parties: those that run and end before the meeting opens plus a
 * margin ({@code synergies.agreements.expiry-margin}, 90 days by default), already
 * expired ones included until a decision extends or terminates them. A proposal before
 * the Committee is shown with its agreement.
 */
@Service
public class ExpiryAgenda {

	private static final Set<UUID> DECIDING_BODIES = Set.of(GoverningBody.STANDING_COMMITTEE,
			GoverningBody.CONFERENCE_OF_THE_PARTIES);

	private static final Set<AgreementStatus> RUNNING = EnumSet.of(AgreementStatus.SIGNED, AgreementStatus.IN_FORCE,
			AgreementStatus.EXTENDED, AgreementStatus.EXPIRED);

	/**
	 * A meeting ahead and what expires before it.
	 *
	 * @param horizon the day the margin ends: agreements ending before it are listed
	 */
	public record MeetingAgenda(MeetingView meeting, LocalDate horizon, List<ExpiryItem> items) {
	}

	/**
	 * An agreement proposed for a meeting's agenda.
	 *
	 * @param pending the proposal about it being worked on, if any
	 * @param warnedAt when the Secretariat was warned of it for this meeting
	 */
	public record ExpiryItem(AgreementView agreement, @Nullable AgreementActionView pending,
			@Nullable Instant warnedAt) {

		public boolean hasExpired() {
			return this.agreement.status() == AgreementStatus.EXPIRED;
		}

	}

	private final Agreements agreements;

	private final AgreementActionRecords actions;

	private final ExpiryWarningRecords warnings;

	private final GoverningBodies bodies;

	private final Period margin;

	private final Clock clock;

	ExpiryAgenda(Agreements agreements, AgreementActionRecords actions, ExpiryWarningRecords warnings,
			GoverningBodies bodies, @Value("${synergies.agreements.expiry-margin:P90D}") Period margin, Clock clock) {
		this.agreements = agreements;
		this.actions = actions;
		this.warnings = warnings;
		this.bodies = bodies;
		this.margin = margin;
		this.clock = clock;
	}

	/** The meetings ahead (or under way) of the deciding bodies, soonest first. */
	@Transactional(readOnly = true)
	public List<MeetingAgenda> upcoming() {
		LocalDate today = LocalDate.now(this.clock);
		List<AgreementView> running = running();
		return this.bodies.meetings(null)
			.stream()
			.filter(meeting -> DECIDING_BODIES.contains(meeting.body()) && !meeting.endsOn().isBefore(today))
			.sorted(Comparator.comparing(MeetingView::startsOn))
			.map(meeting -> agenda(meeting, running))
			.toList();
	}

	/** The meeting's agenda, when it is a meeting ahead of a deciding body. */
	@Transactional(readOnly = true)
	public Optional<MeetingAgenda> of(UUID meeting) {
		return upcoming().stream().filter(agenda -> agenda.meeting().id().equals(meeting)).findFirst();
	}

	private MeetingAgenda agenda(MeetingView meeting, List<AgreementView> running) {
		LocalDate horizon = meeting.startsOn().plus(this.margin);
		Map<UUID, Instant> warned = this.warnings.warnedFor(meeting.id());
		Map<UUID, AgreementActionView> pending = this.actions
			.findByStatusIn(List.of(VersionStatus.DRAFT, VersionStatus.SUBMITTED))
			.stream()
			.map(AgreementAction::view)
			.collect(Collectors.toMap(AgreementActionView::agreement, Function.identity(), (a, b) -> a));
		List<ExpiryItem> items = running.stream()
			.filter(agreement -> agreement.validUntil() != null && agreement.validUntil().isBefore(horizon))
			.sorted(Comparator.comparing(AgreementView::validUntil))
			.map(agreement -> new ExpiryItem(agreement, pending.get(agreement.id()), warned.get(agreement.id())))
			.toList();
		return new MeetingAgenda(meeting, horizon, items);
	}

	private List<AgreementView> running() {
		return this.agreements.list(AgreementQuery.ALL)
			.stream()
			.filter(agreement -> RUNNING.contains(agreement.status()))
			.toList();
	}

}
