package org.synergies.agreements.internal;

import java.util.Set;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.synergies.agreements.AgreementQuery;
import org.synergies.agreements.Agreements;
import org.synergies.mandates.LinkedRecord;
import org.synergies.mandates.MandateAddress;
import org.synergies.mandates.MandateLinks;
import org.synergies.system.DemoData;

/**
 * The joint work programme with CITES and the joint work plan with Ramsar implement
 * Resolution 11.10, operative paragraph 10 (joint work plans with other conventions): the
 * demo links them to it.
 */
@Component
@DemoData
@Order(46)
class DemoAgreementMandates implements ApplicationRunner {

	private static final Set<String> JOINT_PLANS = Set.of("CMS–CITES Joint Work Programme 2015–2020",
			"Joint Work Plan between CMS and the Ramsar Convention");

	private final Agreements agreements;

	private final MandateLinks links;

	DemoAgreementMandates(Agreements agreements, MandateLinks links) {
		this.agreements = agreements;
		this.links = links;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments arguments) {
		MandateAddress paragraph = MandateAddress.parse("11.10/para-10").orElseThrow();
		this.agreements.list(AgreementQuery.ALL)
			.stream()
			.filter(agreement -> JOINT_PLANS.contains(agreement.titleEn()))
			.filter(agreement -> this.links.linksOf("agreements", agreement.id()).isEmpty())
			.forEach(agreement -> this.links.link(new LinkedRecord("agreements", agreement.id(), agreement.titleEn(),
					agreement.titleFr(), agreement.titleEs(), "/agreements/" + agreement.id()), paragraph));
	}

}
