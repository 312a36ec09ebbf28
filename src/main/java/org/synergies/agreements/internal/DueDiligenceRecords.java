package org.synergies.agreements.internal;

import java.util.List;
import java.util.UUID;

import org.springframework.data.repository.CrudRepository;

/** The due-diligence reviews, as aggregates. */
interface DueDiligenceRecords extends CrudRepository<DueDiligenceReview, UUID> {

	List<DueDiligenceReview> findByAgreementIdOrderByCreatedAtDesc(UUID agreementId);

}
