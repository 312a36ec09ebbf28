package org.synergies.reporting.internal;

import org.synergies.reporting.internal.ReportingChoices;

/** Answer checks without a Spring context, for unit tests of other packages. */
public final class TestAnswerChecks {

	private TestAnswerChecks() {
	}

	public static AnswerChecks with(ReportingChoices choices) {
		return new AnswerChecks(choices);
	}

}
