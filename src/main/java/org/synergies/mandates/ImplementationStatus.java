package org.synergies.mandates;

/**
 * How far the Secretariat reports a mandate carried out. A superseded mandate was
 * replaced by a later text before it was completed.
 */
public enum ImplementationStatus {

	NOT_STARTED, ONGOING, COMPLETED, SUPERSEDED

}
