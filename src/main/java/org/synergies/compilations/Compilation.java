package org.synergies.compilations;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;
import org.synergies.reporting.CycleView;
import org.synergies.reporting.ExchangeRate;
import org.synergies.reporting.ReportView;
import org.synergies.reporting.TemplateView;

/**
 * What the accepted reports of a cycle add up to, for the whole CMS Family or for one
 * instrument: every financial line and activity in scope (each traceable to its report),
 * and the figures they make in US dollars at the cycle's exchange rates (US dollars are
 * counted as they are).
 *
 * @param instrument the instrument the compilation is for (only activities tagged with
 * it, and the money that funds them), or null for all of them
 * @param reports the accepted reports compiled, by organization name
 */
public record Compilation(CycleView cycle, @Nullable String instrument, TemplateView template, List<Compiled> reports,
		List<Line> lines, List<Activity> activities, Figures figures) {

	/** A report in the compilation, with its organization. */
	public record Compiled(ReportView report, String organizationName, @Nullable String country) {
	}

	/** Cash or in kind. */
	public enum Kind {

		CASH, IN_KIND;

		public boolean isCash() {
			return this == CASH;
		}

	}

	/** What the figures are broken down by. */
	public enum Dimension {

		INSTRUMENT, REGION, SPECIES_GROUP, TARGET

	}

	/**
	 * A financial line of a report, converted to US dollars (to the cent: every total is
	 * the sum of the lines as shown) at the rate named; it carries the tags of the
	 * activity it funds (none when it funds no particular activity).
	 *
	 * @param rate the rate it was converted at, with its source and date; null for an
	 * amount in US dollars, counted as it is
	 */
	public record Line(UUID report, String organizationName, String id, Kind kind, BigDecimal amount, String currency,
			BigDecimal usd, @Nullable String activity, @Nullable String activityTitle, Map<Dimension, Set<String>> tags,
			@Nullable ExchangeRate rate) {

		public Set<String> tags(Dimension dimension) {
			return this.tags.getOrDefault(dimension, Set.of());
		}

	}

	/** An activity of a report, with its tags and countries. */
	public record Activity(UUID report, String organizationName, String id, String title,
			Map<Dimension, Set<String>> tags, Set<String> countries) {

		public Set<String> tags(Dimension dimension) {
			return this.tags.getOrDefault(dimension, Set.of());
		}

	}

	/**
	 * One row of a breakdown: a code of the dimension (empty for money that funds no
	 * particular activity), the cash and in-kind US dollars counted under it, and its
	 * number of activities.
	 */
	public record Row(String code, BigDecimal cashUsd, BigDecimal inKindUsd, int activities) {

		@JsonProperty
		public BigDecimal totalUsd() {
			return this.cashUsd.add(this.inKindUsd);
		}

	}

	/**
	 * What was reported in one currency, and its rate.
	 *
	 * @param usdPerUnit 1 for US dollars
	 * @param rate the rate with its source and date; null for US dollars
	 */
	public record CurrencyTotal(String currency, BigDecimal cash, BigDecimal inKind, BigDecimal usdPerUnit,
			@Nullable ExchangeRate rate) {
	}

	/**
	 * @param breakdowns for each dimension, a row per code (an amount funding an activity
	 * with several codes counts under each; the totals count it once)
	 */
	public record Figures(BigDecimal cashUsd, BigDecimal inKindUsd, int activities, int countries, int organizations,
			BigDecimal staffMonths, Map<Dimension, List<Row>> breakdowns, List<CurrencyTotal> currencies) {

		@JsonProperty
		public BigDecimal totalUsd() {
			return this.cashUsd.add(this.inKindUsd);
		}

		public List<Row> by(Dimension dimension) {
			return this.breakdowns.getOrDefault(dimension, List.of());
		}

	}

	/**
	 * How many of the reports compiled contain an activity in scope: for an instrument,
	 * those with at least one activity serving it (a report serving several instruments
	 * counts once in each instrument's compilation).
	 */
	public int reportsWithActivities() {
		return (int) this.activities.stream().map(Activity::report).distinct().count();
	}

	/** The lines summed under a code of a dimension (empty code: funding no activity). */
	public List<Line> linesUnder(Dimension dimension, String code, @Nullable Kind kind) {
		return this.lines.stream()
			.filter(line -> kind == null || line.kind() == kind)
			.filter(line -> code.isEmpty() ? line.activity() == null : line.tags(dimension).contains(code))
			.sorted(Comparator.comparing(Line::organizationName, String.CASE_INSENSITIVE_ORDER))
			.toList();
	}

	/** The activities counted under a code of a dimension. */
	public List<Activity> activitiesUnder(Dimension dimension, String code) {
		return this.activities.stream()
			.filter(activity -> activity.tags(dimension).contains(code))
			.sorted(Comparator.comparing(Activity::organizationName, String.CASE_INSENSITIVE_ORDER))
			.toList();
	}

	/** Whole US dollars, grouped as the reader's language groups digits. */
	public static String usd(BigDecimal amount, Locale locale) {
		return NumberFormat.getIntegerInstance(locale).format(amount.setScale(0, RoundingMode.HALF_EVEN));
	}

}
