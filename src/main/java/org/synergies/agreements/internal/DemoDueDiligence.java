package org.synergies.agreements.internal;

import java.util.List;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.synergies.agreements.AgreementDetails;
import org.synergies.agreements.AgreementKind;
import org.synergies.agreements.AgreementView;
import org.synergies.agreements.Agreements;
import org.synergies.organizations.DirectoryQuery;
import org.synergies.organizations.OrganizationManagement;
import org.synergies.organizations.OrganizationStatus;
import org.synergies.organizations.OrganizationSummary;
import org.synergies.system.DemoData;

/**
 * A private-sector agreement under negotiation, with its due-diligence review in
 * progress: a letter of agreement with the World Business Council for Sustainable
 * Development (a company association of the demo registry; the source document names no
 * company, so this agreement is the demo's own), three items of the checklist answered.
 */
@Component
@DemoData
@Order(36)
class DemoDueDiligence implements ApplicationRunner {

	static final String TITLE = "Letter of Agreement between the CMS Secretariat and WBCSD on migratory species and renewable energy";

	private static final Logger log = LoggerFactory.getLogger(DemoDueDiligence.class);

	private final Agreements agreements;

	private final DueDiligenceReviews reviews;

	private final OrganizationManagement organizations;

	private final DueDiligenceRecords records;

	DemoDueDiligence(Agreements agreements, DueDiligenceReviews reviews, OrganizationManagement organizations,
			DueDiligenceRecords records) {
		this.records = records;
		this.agreements = agreements;
		this.reviews = reviews;
		this.organizations = organizations;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments arguments) {
		UUID company = this.organizations
			.directory(new DirectoryQuery("WBCSD", null, null, null, OrganizationStatus.ACTIVE,
					DirectoryQuery.Sort.NAME, 0, 1))
			.organizations()
			.stream()
			.map(OrganizationSummary::id)
			.findFirst()
			.orElse(null);
		if (company == null || this.records.count() > 0) {
			return;
		}
		AgreementView agreement = this.agreements.negotiate(new AgreementDetails(AgreementKind.LETTER_OF_AGREEMENT,
				"CMS", List.of(company), TITLE,
				"Lettre d’accord entre le Secrétariat de la CMS et le WBCSD sur les espèces migratrices et les énergies renouvelables",
				"Carta de acuerdo entre la Secretaría de la CMS y el WBCSD sobre las especies migratorias y las energías renovables",
				null, null, null, null, null));
		DueDiligenceReviewView review = this.reviews.start(agreement.id());
		// only the items the latest checklist still has
		List<DueDiligenceAnswer> answers = List.of(new DueDiligenceAnswer("OBJECTIVES", DueDiligenceVerdict.MET,
				"Guidance for wind and solar developers on avoiding harm to migratory birds and bats (CMS Energy Task Force)."),
				new DueDiligenceAnswer("UN-PRINCIPLES", DueDiligenceVerdict.MET,
						"Participant of the UN Global Compact; no UN sanctions."),
				new DueDiligenceAnswer("LOGO", DueDiligenceVerdict.NOT_MET,
						"The draft allows members to use the CMS logo in their reports: to be removed before signature."));
		this.reviews.write(agreement.id(), review.id(), review.version(),
				answers.stream().filter(answer -> review.checklist().codes().contains(answer.itemCode())).toList(),
				null, null, false);
		log.info("Demo data: a private-sector agreement under negotiation, its due-diligence review in progress");
	}

}
