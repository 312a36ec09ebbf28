package org.synergies.mandates.web;

import java.util.List;
import java.util.UUID;

import org.synergies.mandates.AmendmentView;
import org.synergies.mandates.ProposedRepeal;

/**
 * The texts an amendment proposes to repeal, and its version (for the next change).
 *
 * @param repeals each text and the paragraph of the amended text that repeals it
 */
record AmendmentRepealsResponse(UUID amendment, long version, List<Item> repeals) {

	static AmendmentRepealsResponse of(AmendmentView amendment, List<ProposedRepeal> repeals) {
		return new AmendmentRepealsResponse(amendment.id(), amendment.version(),
				repeals.stream().map(Item::of).toList());
	}

	/**
	 * One text repealed.
	 *
	 * @param paragraph "27", as the amendment numbers it (the adopted revision renumbers
	 * it)
	 * @param repealed "Resolution 11.11"
	 * @param repealedAddress its page, "/mandates/11.11"
	 */
	record Item(String paragraph, String repealed, String repealedAddress) {

		static Item of(ProposedRepeal repeal) {
			return new Item(repeal.paragraph(), repeal.symbol(), repeal.repealedAddress());
		}

	}

}
