package org.synergies.mandates;

import java.util.UUID;

/**
 * The Conference of the Parties adopted amendments to a resolution: the new revision is
 * recorded, renumbered, with its concordance and the repeals the amendments made.
 *
 * @param mandate the revision amended
 * @param revision the revision produced
 * @param decision the decision that adopted them
 * @param reference the revision amended, "11.10 (Rev.COP12)", without its kind
 * @param revisionReference the revision produced, "11.10 (Rev.COP13)"
 */
public record AmendmentAdopted(UUID amendment, UUID mandate, UUID revision, UUID decision, MandateKind kind,
		String reference, String revisionReference) {

}
