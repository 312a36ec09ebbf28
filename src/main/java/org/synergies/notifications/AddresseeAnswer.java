package org.synergies.notifications;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * One addressee of a notification, as the Secretariat follows it: how it was addressed,
 * how many people it was sent to, the contributions that count for it (its own, or one
 * made on its behalf) and when it was reminded.
 *
 * @param via the category it was addressed through, or {@code NAMED}
 */
public record AddresseeAnswer(Addressee addressee, String via, int sentTo, List<Answer> answers,
		@Nullable Instant remindedAt) {

	/** A contribution counting for the addressee; {@code own} when it sent it itself. */
	public record Answer(UUID contribution, String sender, boolean own, boolean late) {
	}

	public boolean answered() {
		return !this.answers.isEmpty();
	}

}
