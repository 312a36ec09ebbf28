package org.synergies.agreements;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * What describes a deliverable of a work plan, as typed in a form or sent to the API;
 * checked by {@link WorkPlans}, nothing here is trusted.
 *
 * @param goal the goal it serves, of the same agreement's work plan
 * @param responsible the partner organization responsible for it, one of the agreement's
 * partners; none when the secretariat is
 * @param startsOn when work on it starts, if planned
 * @param dueOn when it is due: not after the agreement's validity ends
 * @param targets numbers of the Strategic Plan targets it serves
 */
public record DeliverableDetails(@Nullable UUID goal, @Nullable String titleEn, @Nullable String titleFr,
		@Nullable String titleEs, @Nullable UUID responsible, @Nullable LocalDate startsOn, @Nullable LocalDate dueOn,
		List<Integer> targets) {

	public DeliverableDetails {
		titleEn = Texts.trimmed(titleEn);
		titleFr = Texts.trimmed(titleFr);
		titleEs = Texts.trimmed(titleEs);
		targets = targets.stream().distinct().sorted().toList();
	}

}
