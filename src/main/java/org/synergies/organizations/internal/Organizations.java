package org.synergies.organizations.internal;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.CrudRepository;

public interface Organizations extends CrudRepository<Organization, UUID> {

	/** Organizations (merged ones excepted) using this acronym, in its compared form. */
	@Query("SELECT id FROM organization WHERE acronym_key = :acronymKey AND status <> 'MERGED'")
	List<UUID> idsWithAcronymKey(String acronymKey);

}
