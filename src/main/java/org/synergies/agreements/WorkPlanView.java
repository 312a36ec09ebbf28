package org.synergies.agreements;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.synergies.shared.Language;

/**
 * An agreement's work plan as a reader sees it: its goals in order, each with its
 * deliverables by due date. Progress notes are those accepted, newest first; a submission
 * awaiting review (or returned) is shown only to the Secretariat and to the responsible
 * partner's members.
 */
public record WorkPlanView(UUID agreement, List<Goal> goals) {

	public WorkPlanView {
		goals = List.copyOf(goals);
	}

	public boolean isEmpty() {
		return this.goals.isEmpty();
	}

	/** Every deliverable, goal after goal. */
	public List<Deliverable> deliverables() {
		return this.goals.stream().flatMap(goal -> goal.deliverables().stream()).toList();
	}

	/** The deliverables late on the day the plan was read. */
	public List<Deliverable> late() {
		return deliverables().stream().filter(Deliverable::late).toList();
	}

	/**
	 * A goal and its deliverables.
	 *
	 * @param progress the mean percentage of its deliverables that have one (completed
	 * counts 100, not started 0, cancelled ones are left out); none when no deliverable
	 * has one
	 */
	public record Goal(UUID id, int ordinal, String titleEn, @Nullable String titleFr, @Nullable String titleEs,
			List<Deliverable> deliverables, @Nullable Integer progress, long version) {

		public Goal {
			deliverables = List.copyOf(deliverables);
		}

		public String title(Locale locale) {
			return pick(locale, this.titleEn, this.titleFr, this.titleEs);
		}

	}

	/**
	 * A deliverable: its status and percentage are those of its last accepted note.
	 *
	 * @param responsible the partner organization responsible; none for the secretariat
	 * @param late past its due date and neither completed nor cancelled
	 * @param notes the accepted progress notes, newest first
	 * @param submission the newest note when not accepted (awaiting review or returned),
	 * for those who may see it
	 * @param mayReport whether the reader may report progress on it
	 */
	public record Deliverable(UUID id, UUID goal, String titleEn, @Nullable String titleFr, @Nullable String titleEs,
			@Nullable UUID responsible, @Nullable LocalDate startsOn, LocalDate dueOn, List<Integer> targets,
			DeliverableStatus status, @Nullable Integer percent, boolean late, List<Note> notes,
			@Nullable Note submission, boolean mayReport, long version) {

		public Deliverable {
			targets = List.copyOf(targets);
			notes = List.copyOf(notes);
		}

		public String title(Locale locale) {
			return pick(locale, this.titleEn, this.titleFr, this.titleEs);
		}

		/** The newest accepted note, if any. */
		public @Nullable Note latestNote() {
			return this.notes.isEmpty() ? null : this.notes.get(0);
		}

		/** Whether a partner's note awaits the Secretariat's review. */
		public boolean awaitsReview() {
			return this.submission != null && this.submission.review() == ProgressReview.SUBMITTED;
		}

	}

	/**
	 * A progress note.
	 *
	 * @param by who wrote it
	 * @param reviewComment the Secretariat's comment when it returned the note
	 */
	public record Note(DeliverableStatus status, @Nullable Integer percent, LocalDate notedOn, @Nullable String noteEn,
			@Nullable String noteFr, @Nullable String noteEs, @Nullable String by, Instant submittedAt,
			ProgressReview review, @Nullable String reviewComment, @Nullable Instant reviewedAt) {

		/** The note in the reader's language, else in another it was written in. */
		public String text(Locale locale) {
			String text = Language.of(locale).pick(this.noteEn, this.noteFr, this.noteEs);
			if (text != null) {
				return text;
			}
			return this.noteEn != null ? this.noteEn : this.noteFr != null ? this.noteFr : String.valueOf(this.noteEs);
		}

	}

	private static String pick(Locale locale, String english, @Nullable String french, @Nullable String spanish) {
		String text = Language.of(locale).pick(english, french, spanish);
		return text != null ? text : english;
	}

}
