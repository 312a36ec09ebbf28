package org.synergies.mandates.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.CrudRepository;

/** The amendments to resolutions, drafts and adopted. */
public interface AmendmentRecords extends CrudRepository<Amendment, UUID> {

	List<Amendment> findByMandateIdOrderByCreatedAtDesc(UUID mandateId);

	Optional<Amendment> findByRevisionId(UUID revisionId);

}
