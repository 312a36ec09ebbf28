package org.synergies.mandates.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.synergies.mandates.Addressee;
import org.synergies.mandates.DecisionPeriod;
import org.synergies.mandates.DecisionPeriods;
import org.synergies.mandates.Duty;
import org.synergies.mandates.DutyNote;
import org.synergies.mandates.ImplementationStatus;
import org.synergies.mandates.MandateLink;
import org.synergies.mandates.RenewalProposal;

/** The API's answers about who must do what, periods and links. */
final class MandateDutyResponses {

	private MandateDutyResponses() {
	}

	/**
	 * Who must do what under a text and its operative paragraphs.
	 *
	 * @param period a decision's period, none for a resolution
	 * @param lapsed whether the decision lapsed (its last meeting has opened)
	 * @param text the duty of the text as a whole
	 * @param paragraphs the duty of each operative paragraph, in reading order
	 */
	record MandateDutiesResponse(UUID mandate, @Nullable DecisionPeriodResponse period, boolean lapsed,
			MandateDutyResponse text, List<MandateDutyResponse> paragraphs) {

		static MandateDutiesResponse of(UUID mandate, @Nullable DecisionPeriod period, boolean lapsed,
				Map<String, Duty> duties) {
			return new MandateDutiesResponse(mandate, period == null ? null : DecisionPeriodResponse.of(period), lapsed,
					MandateDutyResponse.of(duties.get("")),
					duties.entrySet()
						.stream()
						.filter(entry -> !entry.getKey().isEmpty())
						.map(entry -> MandateDutyResponse.of(entry.getValue()))
						.toList());
		}

	}

	/**
	 * @param paragraph "6.bis", none for the text as a whole
	 * @param version to send back when changing it (0: never described)
	 */
	record MandateDutyResponse(@Nullable String paragraph, List<Addressee> addressees, ImplementationStatus status,
			List<MandateDutyNoteResponse> notes, long version) {

		static MandateDutyResponse of(Duty duty) {
			return new MandateDutyResponse(duty.paragraph() == null ? null : duty.paragraph().toString(),
					duty.addresseesInOrder(), duty.status(),
					duty.notes().stream().map(MandateDutyNoteResponse::of).toList(), duty.version());
		}

	}

	/** A note in the languages it was written in (absent ones are null). */
	record MandateDutyNoteResponse(UUID id, LocalDate notedOn, @Nullable String textEn, @Nullable String textFr,
			@Nullable String textEs) {

		static MandateDutyNoteResponse of(DutyNote note) {
			return new MandateDutyNoteResponse(note.id(), note.notedOn(), note.textEn(), note.textFr(), note.textEs());
		}

	}

	/**
	 * @param from the meeting that adopted the decision ("COP13")
	 * @param until the meeting at whose opening it lapses unless renewed ("COP14")
	 */
	record DecisionPeriodResponse(UUID fromMeeting, String from, UUID untilMeeting, String until, LocalDate lapsesOn,
			RenewalProposal proposal, long version) {

		static DecisionPeriodResponse of(DecisionPeriod period) {
			return new DecisionPeriodResponse(period.from().id(), period.from().code(), period.until().id(),
					period.until().code(), period.until().startsOn(), period.proposal(), period.version());
		}

	}

	/**
	 * A record linked to a text or paragraph.
	 *
	 * @param address the text or paragraph, "11.10/para-6"
	 * @param path the record's page
	 */
	record MandateLinkResponse(UUID id, String address, String module, UUID record, String titleEn,
			@Nullable String titleFr, @Nullable String titleEs, String path, Instant linkedAt) {

		static MandateLinkResponse of(MandateLink link) {
			return new MandateLinkResponse(link.id(), link.address().toString(), link.record().module(),
					link.record().record(), link.record().titleEn(), link.record().titleFr(), link.record().titleEs(),
					link.record().path(), link.linkedAt());
		}

	}

	/** A decision that lapses at the meeting asked about. */
	record LapsingDecisionResponse(UUID mandate, String number, @Nullable String titleEn, @Nullable String titleFr,
			@Nullable String titleEs, DecisionPeriodResponse period, MandateDutyResponse duty) {

		static LapsingDecisionResponse of(DecisionPeriods.Lapsing lapsing) {
			return new LapsingDecisionResponse(lapsing.decision().id(), lapsing.decision().number(),
					lapsing.decision().titleEn(), lapsing.decision().titleFr(), lapsing.decision().titleEs(),
					DecisionPeriodResponse.of(lapsing.period()), MandateDutyResponse.of(lapsing.duty()));
		}

	}

	/** Who must act under a text (no paragraph) or one of its paragraphs, and how far. */
	record MandateDutyRequest(@Nullable String paragraph, @Nullable List<Addressee> addressees,
			@Nullable ImplementationStatus status, @Nullable Long version) {
	}

	/** A dated note, in one language or more; never dated after today. */
	record MandateDutyNoteRequest(@Nullable String paragraph, @Nullable LocalDate notedOn, @Nullable String textEn,
			@Nullable String textFr, @Nullable String textEs) {
	}

	/** A decision's period: the meetings' ids. */
	record DecisionPeriodRequest(@Nullable UUID from, @Nullable UUID until, @Nullable Long version) {
	}

	record RenewalProposalRequest(@Nullable RenewalProposal proposal, @Nullable Long version) {
	}

}
