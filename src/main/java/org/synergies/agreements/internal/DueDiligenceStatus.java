package org.synergies.agreements.internal;

/**
 * Where a review stands: written by an officer, recorded when complete, then approved by
 * another officer (the approving officer), after which it no longer changes.
 */
public enum DueDiligenceStatus {

	IN_PROGRESS, RECORDED, APPROVED

}
