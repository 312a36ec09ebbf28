package org.synergies.agreements.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.synergies.agreements.AgreementKind;
import org.synergies.agreements.AgreementStatus;
import org.synergies.agreements.AgreementView;
import org.synergies.organizations.OrganizationKind;
import org.synergies.organizations.OrganizationManagement;
import org.synergies.organizations.PartnerStatus;

/**
 * The NGO partners, for the registry: NGOs party to a partnership agreement that is in
 * force today (or extended), as the agreement itself reads its status on that day. A
 * company with a partnership agreement is a partner, not an NGO partner.
 */
@Component
class NgoPartnerStatus implements PartnerStatus {

	private static final Set<AgreementStatus> RUNNING = EnumSet.of(AgreementStatus.IN_FORCE, AgreementStatus.EXTENDED);

	private static final Set<OrganizationKind> NGOS = EnumSet.of(OrganizationKind.INTERNATIONAL_NGO,
			OrganizationKind.NATIONAL_NGO);

	private final AgreementRecords records;

	private final OrganizationManagement organizations;

	private final Clock clock;

	NgoPartnerStatus(AgreementRecords records, OrganizationManagement organizations, Clock clock) {
		this.records = records;
		this.organizations = organizations;
		this.clock = clock;
	}

	@Override
	@Transactional(readOnly = true)
	public Set<UUID> ngoPartners() {
		LocalDate today = LocalDate.now(this.clock);
		return this.records.findAllByOrderByTitleEn()
			.stream()
			.map(agreement -> agreement.view(today))
			.filter(agreement -> agreement.kind() == AgreementKind.PARTNERSHIP_AGREEMENT)
			.filter(agreement -> RUNNING.contains(agreement.status()))
			.map(AgreementView::partners)
			.flatMap(List::stream)
			.distinct()
			.filter(this::isNgo)
			.collect(Collectors.toUnmodifiableSet());
	}

	private boolean isNgo(UUID organization) {
		return this.organizations.find(organization).map(found -> NGOS.contains(found.kind())).orElse(false);
	}

}
