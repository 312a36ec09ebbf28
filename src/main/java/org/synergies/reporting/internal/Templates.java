package org.synergies.reporting.internal;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.CrudRepository;
import org.synergies.shared.VersionStatus;

interface Templates extends CrudRepository<ReportingTemplate, UUID> {

	List<ReportingTemplate> findAllByOrderByNumberDesc();

	List<ReportingTemplate> findByStatus(VersionStatus status);

	@Query("SELECT coalesce(max(number), 0) FROM reporting_template")
	int lastNumber();

}
