package org.synergies.agreements.internal;

/** What a due-diligence review concludes about the partnership. */
public enum DueDiligenceConclusion {

	APPROVE, APPROVE_WITH_CONDITIONS, REJECT;

	public boolean clearsSignature() {
		return this != REJECT;
	}

}
