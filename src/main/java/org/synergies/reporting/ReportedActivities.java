package org.synergies.reporting;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * The accepted reports of a cycle as a compilation reads them: each report with the
 * activities and financial lines its answers hold, read through the roles its format
 * gives to fields, and the cycle with its exchange rates.
 *
 * @param reports the accepted reports, in no particular order
 */
public record ReportedActivities(CycleView cycle, TemplateView template, List<AcceptedReport> reports) {

	/**
	 * An accepted report and what it counts.
	 *
	 * @param staffMonths the staff time it reports, or null when its format does not ask
	 */
	public record AcceptedReport(ReportView report, List<Activity> activities, List<FinancialLine> lines,
			@Nullable BigDecimal staffMonths) {
	}

	/** What an activity is tagged with. */
	public enum Tag {

		INSTRUMENT, REGION, SPECIES_GROUP, TARGET

	}

	/** An activity of a report: its entry id, title, tags and countries. */
	public record Activity(String id, String title, Map<Tag, Set<String>> tags, Set<String> countries) {
	}

	/**
	 * A financial line of a report with an amount, in the currency reported.
	 *
	 * @param activity the entry id of the activity it funds, or null for none in
	 * particular
	 */
	public record FinancialLine(String id, boolean inKind, BigDecimal amount, String currency,
			@Nullable String activity) {
	}

}
