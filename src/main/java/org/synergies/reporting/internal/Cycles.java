package org.synergies.reporting.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.CrudRepository;

interface Cycles extends CrudRepository<ReportingCycle, UUID> {

	List<ReportingCycle> findAllByOrderByDeadlineDesc();

	Optional<ReportingCycle> findByMeetingId(UUID meeting);

}
