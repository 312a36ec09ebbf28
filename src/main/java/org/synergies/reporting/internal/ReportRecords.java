package org.synergies.reporting.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.CrudRepository;
import org.synergies.reporting.ReportStatus;
import org.synergies.reporting.Visibility;

interface ReportRecords extends CrudRepository<Report, UUID> {

	Optional<Report> findByCycleIdAndOrganizationId(UUID cycle, UUID organization);

	List<Report> findByCycleId(UUID cycle);

	List<Report> findByOrganizationIdInOrderByUpdatedAtDesc(Collection<UUID> organizations);

	List<Report> findByOrganizationIdOrderByCreatedAtDesc(UUID organization);

	List<Report> findByStatusAndVisibilityOrderByUpdatedAtDesc(ReportStatus status, Visibility visibility);

}
