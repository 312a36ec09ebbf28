package org.synergies.drafts;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.synergies.accounts.CurrentUser;
import org.synergies.audit.AuditTrail;
import org.synergies.shared.FieldProblem;
import org.synergies.shared.InvalidInputException;

/**
 * Comments on drafts, one component for every kind of text: appended, audited against the
 * draft and published ({@link DraftCommented}), never changed nor removed. The caller
 * (the module that owns the text) has checked that the person may read the draft.
 */
@Service
public class DraftComments {

	static final int MAX_TEXT = 4000;

	static final int MAX_REFERENCE = 100;

	private final DraftCommentRecords records;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	DraftComments(DraftCommentRecords records, AuditTrail audit, ApplicationEventPublisher events, Clock clock) {
		this.records = records;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	/** Oldest first, as they were made. */
	@Transactional(readOnly = true)
	public List<DraftComment> on(String kind, UUID draft) {
		return this.records.on(kind, draft);
	}

	/**
	 * Adds the current person's comment to the record of a draft.
	 * @param reference the paragraph, criterion or field the comment is about, if any
	 */
	@Transactional
	public DraftComment comment(CommentedDraft draft, @Nullable String text, @Nullable String reference) {
		List<FieldProblem> problems = new ArrayList<>();
		if (text == null || text.isBlank()) {
			problems.add(new FieldProblem("text", "validation.required"));
		}
		else if (text.strip().length() > MAX_TEXT) {
			problems.add(new FieldProblem("text", "validation.too-long-n", MAX_TEXT));
		}
		if (reference != null && reference.strip().length() > MAX_REFERENCE) {
			problems.add(new FieldProblem("reference", "validation.too-long-n", MAX_REFERENCE));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		CurrentUser author = CurrentUser.require();
		DraftComment comment = new DraftComment(UUID.randomUUID(), draft.kind(), draft.id(), draft.number(),
				reference == null || reference.isBlank() ? null : reference.strip(), author.id(), author.displayName(),
				text.strip(), Instant.now(this.clock).truncatedTo(ChronoUnit.MICROS));
		this.records.insert(comment);
		this.audit.record(draft.kind(), draft.id(), "commented", null, comment);
		this.events.publishEvent(new DraftCommented(comment.id(), draft.kind(), draft.id(), draft.number(),
				comment.authorName(), draft.path()));
		return comment;
	}

}
