package org.synergies.agreements.internal;

import java.util.List;
import java.util.UUID;

import org.springframework.data.repository.CrudRepository;

/** The goals of work plans. */
public interface WorkPlanGoals extends CrudRepository<WorkPlanGoal, UUID> {

	List<WorkPlanGoal> findByAgreementIdOrderByOrdinal(UUID agreementId);

}
