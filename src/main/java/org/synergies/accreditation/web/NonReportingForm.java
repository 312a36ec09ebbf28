package org.synergies.accreditation.web;

import org.jspecify.annotations.Nullable;
import org.synergies.accreditation.NonReportingRule;

/**
 * What a draft of the process says of non-reporting, as its form sends it; a number left
 * empty is refused (an empty withdrawal delay: withdrawal is never proposed).
 */
record NonReportingForm(@Nullable Integer warnAfterDays, @Nullable Integer suspensionAfterDays,
		@Nullable Integer withdrawalAfterMonths) {

	static NonReportingForm of(NonReportingRule rule) {
		return new NonReportingForm(rule.warnAfterDays(), rule.suspensionAfterDays(), rule.withdrawalAfterMonths());
	}

	NonReportingRule rule() {
		return new NonReportingRule(this.warnAfterDays == null ? -1 : this.warnAfterDays,
				this.suspensionAfterDays == null ? -1 : this.suspensionAfterDays, this.withdrawalAfterMonths);
	}

}
