package org.synergies.mandates;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * Who must do what under a text or one of its operative paragraphs, and how far it is
 * done: the addressees, the implementation status and the Secretariat's notes, newest
 * first. A paragraph nobody has described yet is not started and has no addressee
 * (version 0).
 *
 * @param paragraph the operative paragraph, none for the text as a whole
 */
public record Duty(UUID mandate, @Nullable ParagraphNumber paragraph, Set<Addressee> addressees,
		ImplementationStatus status, List<DutyNote> notes, long version) {

	/** Whether the Secretariat has recorded anything about it. */
	public boolean isDescribed() {
		return this.version > 0 || !this.notes.isEmpty();
	}

	/** The addressees in the order the annexes list them. */
	public List<Addressee> addresseesInOrder() {
		return this.addressees.stream().sorted().toList();
	}

}
