package org.synergies.accreditation.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.CrudRepository;

public interface Accreditations extends CrudRepository<Accreditation, UUID> {

	List<Accreditation> findAllByOrderByValidFromDesc();

	List<Accreditation> findByOrganizationIdOrderByValidFromDesc(UUID organization);

	Optional<Accreditation> findByApplicationId(UUID application);

}
