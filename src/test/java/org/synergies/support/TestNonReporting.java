package org.synergies.support;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.synergies.accreditation.AccreditationRegister;
import org.synergies.accreditation.NonReportingStep.Kind;
import org.synergies.accreditation.internal.NonReportingRecords;
import org.synergies.shared.Language;

/**
 * Fixtures for non-reporting: a proposal waiting for the Standing Committee, as the daily
 * check makes it once a report is long overdue (without waiting for the days to pass).
 */
@Component
public class TestNonReporting {

	private final TestReporting reporting;

	private final AccreditationRegister register;

	private final NonReportingRecords records;

	TestNonReporting(TestReporting reporting, AccreditationRegister register, NonReportingRecords records) {
		this.reporting = reporting;
		this.register = register;
		this.records = records;
	}

	/** A fresh accredited NGO's entry with an open proposal to suspend it. */
	public UUID openSuspensionProposal() {
		TestAccreditation.Ngo ngo = this.reporting.accreditedNgo(Language.EN);
		UUID accreditation = this.register.ofOrganization(ngo.organization().id()).get(0).id();
		return this.records
			.take(accreditation, Kind.SUSPENSION, "COP99", LocalDate.now().minusDays(120),
					accreditation + ":SUSPENSION:fixture", Instant.now())
			.orElseThrow()
			.id();
	}

}
