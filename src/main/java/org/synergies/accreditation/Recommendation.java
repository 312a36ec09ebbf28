package org.synergies.accreditation;

/**
 * What a Standing Committee member recommends, or that they abstain for a conflict of
 * interest.
 */
public enum Recommendation {

	APPROVE, DEFER, REJECT, ABSTAIN

}
