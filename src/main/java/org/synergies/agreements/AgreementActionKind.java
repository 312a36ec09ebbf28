package org.synergies.agreements;

/**
 * What a decision of the Standing Committee does to an agreement: extends its validity,
 * revises it (title, terms, dates) or terminates it. None of these happens without one.
 */
public enum AgreementActionKind {

	EXTENSION, REVISION, TERMINATION

}
