package org.synergies.accreditation;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.synergies.shared.FieldProblem;

/**
 * What a version of the process says happens when an accredited NGO partner misses a
 * reporting deadline (modelled on ECOSOC resolution 2008/4: suspension, then withdrawal
 * after a year; reinstatement once the overdue report is received).
 *
 * @param warnAfterDays days after the missed deadline (or its extension) before the
 * organization is warned
 * @param suspensionAfterDays days after the missed deadline before the Secretariat
 * proposes suspension to the Standing Committee
 * @param withdrawalAfterMonths months of suspension, the report still missing, before
 * withdrawal is proposed; {@code null}: never proposed
 */
public record NonReportingRule(int warnAfterDays, int suspensionAfterDays, @Nullable Integer withdrawalAfterMonths) {

	/** What versions adopted before the rule existed say. */
	public static final NonReportingRule DEFAULT = new NonReportingRule(30, 90, 12);

	/** The problems that keep it from being written, by field name. */
	public List<FieldProblem> problems() {
		List<FieldProblem> problems = new ArrayList<>();
		if (this.warnAfterDays < 0 || this.warnAfterDays > 730) {
			problems.add(new FieldProblem("warnAfterDays", "process.rule.warn-days"));
		}
		if (this.suspensionAfterDays <= this.warnAfterDays || this.suspensionAfterDays > 1095) {
			problems.add(new FieldProblem("suspensionAfterDays", "process.rule.suspension-days"));
		}
		if (this.withdrawalAfterMonths != null && (this.withdrawalAfterMonths < 1 || this.withdrawalAfterMonths > 60)) {
			problems.add(new FieldProblem("withdrawalAfterMonths", "process.rule.withdrawal-months"));
		}
		return problems;
	}

}
