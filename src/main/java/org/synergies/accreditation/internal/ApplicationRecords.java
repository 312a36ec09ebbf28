package org.synergies.accreditation.internal;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.data.repository.CrudRepository;
import org.synergies.accreditation.ApplicationStatus;

public interface ApplicationRecords extends CrudRepository<AccreditationApplication, UUID> {

	List<AccreditationApplication> findByOrganizationIdInOrderByUpdatedAtDesc(Collection<UUID> organizations);

	List<AccreditationApplication> findByStatusInOrderByUpdatedAtDesc(Collection<ApplicationStatus> statuses);

	List<AccreditationApplication> findAllByOrderByUpdatedAtDesc();

	List<AccreditationApplication> findByOrganizationIdAndProcessId(UUID organization, UUID process);

}
