package org.synergies.accreditation.internal;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.CrudRepository;
import org.synergies.shared.VersionStatus;

public interface Processes extends CrudRepository<AccreditationProcess, UUID> {

	List<AccreditationProcess> findAllByOrderByNumberDesc();

	List<AccreditationProcess> findByStatus(VersionStatus status);

	@Query("SELECT coalesce(max(number), 0) FROM accreditation_process")
	int lastNumber();

}
