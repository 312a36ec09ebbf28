package org.synergies.mandates.internal;

import java.util.List;
import java.util.UUID;

import org.springframework.data.repository.CrudRepository;
import org.synergies.mandates.MandateKind;

/** The resolutions and decisions, as aggregates (one per revision). */
public interface MandateRecords extends CrudRepository<Mandate, UUID> {

	List<Mandate> findAllByKindAndSymbolNumber(MandateKind kind, String symbolNumber);

	@Override
	List<Mandate> findAll();

}
