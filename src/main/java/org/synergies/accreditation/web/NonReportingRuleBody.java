package org.synergies.accreditation.web;

import org.jspecify.annotations.Nullable;
import org.synergies.accreditation.NonReportingRule;

/**
 * What a version of the process says of non-reporting, as the API reads and writes it.
 *
 * @param warnAfterDays days after a missed reporting deadline before the organization is
 * warned
 * @param suspensionAfterDays days after it before suspension is proposed to the Standing
 * Committee
 * @param withdrawalAfterMonths months of suspension before withdrawal is proposed;
 * {@code null}: never
 * @param version the revision of the version, sent back with a change
 */
record NonReportingRuleBody(@Nullable Integer warnAfterDays, @Nullable Integer suspensionAfterDays,
		@Nullable Integer withdrawalAfterMonths, @Nullable Long version) {

	static NonReportingRuleBody of(NonReportingRule rule, long version) {
		return new NonReportingRuleBody(rule.warnAfterDays(), rule.suspensionAfterDays(), rule.withdrawalAfterMonths(),
				version);
	}

	NonReportingRule rule() {
		return new NonReportingRule(this.warnAfterDays == null ? -1 : this.warnAfterDays,
				this.suspensionAfterDays == null ? -1 : this.suspensionAfterDays, this.withdrawalAfterMonths);
	}

}
