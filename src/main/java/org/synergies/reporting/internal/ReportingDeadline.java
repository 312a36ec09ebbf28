package org.synergies.reporting.internal;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.synergies.reporting.CycleView;
import org.synergies.shared.RuleViolationException;

/**
 * The days on which an organization may write its report for a cycle, seen on a given
 * day: from the cycle's opening to its deadline, or to the later date granted to that
 * organization (an extension, or the time to answer a returned report's comments). The
 * one place the deadline rule lives: the report, its pages and the cycle's overview ask
 * it.
 */
record ReportingDeadline(LocalDate opensOn, LocalDate closesOn, LocalDate today) {

	public static ReportingDeadline of(CycleView cycle, UUID organization, LocalDate today) {
		return new ReportingDeadline(cycle.opensOn(), cycle.deadlineFor(organization), today);
	}

	/** Whether the organization may still write and submit today. */
	public boolean isOpen() {
		return !this.today.isBefore(this.opensOn) && !isPast();
	}

	/** Whether the last day has gone by. */
	public boolean isPast() {
		return this.today.isAfter(this.closesOn);
	}

	/** Whether this date, given to answer a returned report, moves the deadline later. */
	public boolean isExtendedBy(@Nullable LocalDate answerBy) {
		return answerBy != null && answerBy.isAfter(this.closesOn);
	}

	/** Refuses before the opening and after the last day, with the date that applies. */
	public void requireOpen() {
		if (this.today.isBefore(this.opensOn)) {
			throw new RuleViolationException("report.rule.not-open-yet", this.opensOn);
		}
		if (isPast()) {
			throw new RuleViolationException("report.rule.locked", this.closesOn);
		}
	}

}
