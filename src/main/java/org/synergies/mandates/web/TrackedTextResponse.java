package org.synergies.mandates.web;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.synergies.mandates.TextChange;
import org.synergies.mandates.TrackedParagraph;

/**
 * A paragraph between two versions as runs of kept, inserted and deleted text.
 *
 * @param before its number before (none when inserted)
 * @param after its number after (none when deleted)
 * @param state KEPT, EDITED, INSERTED, DELETED or MOVED
 */
record TrackedTextResponse(String kind, @Nullable String before, @Nullable String after, String state,
		List<TrackedRunResponse> openingWords, List<TrackedRunResponse> text,
		List<List<TrackedRunResponse>> subParagraphs) {

	static TrackedTextResponse of(TrackedParagraph paragraph) {
		return new TrackedTextResponse(paragraph.kind().name(), paragraph.before(), paragraph.after(),
				paragraph.state().name(), runs(paragraph.openingWords()), runs(paragraph.text()),
				paragraph.subParagraphs().stream().map(sub -> runs(sub.text())).toList());
	}

	private static List<TrackedRunResponse> runs(List<TextChange> changes) {
		return changes.stream().map(change -> new TrackedRunResponse(change.kind().name(), change.text())).toList();
	}

	/** A run of text: KEPT, INSERTED or DELETED. */
	record TrackedRunResponse(String kind, String text) {
	}

}
