package org.synergies.mandates;

import java.util.UUID;

/**
 * Amendments to a resolution were put before the Conference of the Parties.
 *
 * @param mandate the revision amended
 * @param reference its reference, "11.10 (Rev.COP12)", without its kind
 * @param meeting the meeting that is to consider them
 * @param version the amendment's version once submitted (submitted again after a return,
 * it has another)
 */
public record AmendmentSubmitted(UUID amendment, UUID mandate, MandateKind kind, String reference, UUID meeting,
		long version) {

}
