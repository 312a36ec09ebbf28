package org.synergies.agreements.internal;

import java.util.List;
import java.util.UUID;

import org.springframework.data.repository.CrudRepository;

/** The deliverables of work plans. */
public interface Deliverables extends CrudRepository<Deliverable, UUID> {

	List<Deliverable> findByAgreementIdOrderByDueOn(UUID agreementId);

	List<Deliverable> findAllByOrderByDueOn();

}
