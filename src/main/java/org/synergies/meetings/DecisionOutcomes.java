package org.synergies.meetings;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * The port through which a decision's page shows what the decision changed in other
 * modules (an agreement it extended, revised or terminated): implemented by the module
 * that applied it, so that the decision and what it did are linked both ways without
 * {@code meetings} depending on that module.
 */
public interface DecisionOutcomes {

	/** What the decision changed here, in the reader's language; empty when nothing. */
	List<DecisionOutcome> of(UUID decision, Locale locale);

	/**
	 * One thing a decision changed.
	 *
	 * @param label what changed and how, e.g. "Extended until 22 February 2020: Joint
	 * Work Plan between CMS and the Ramsar Convention"
	 * @param link the page of what changed (a path of this application)
	 */
	record DecisionOutcome(String label, String link) {
	}

}
