package org.synergies.agreements.internal;

/** How a company measures against one item of the checklist. */
public enum DueDiligenceVerdict {

	MET, NOT_MET, NOT_APPLICABLE

}
