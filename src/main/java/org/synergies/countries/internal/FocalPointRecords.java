package org.synergies.countries.internal;

import java.util.List;
import java.util.UUID;

import org.springframework.data.repository.CrudRepository;

/** The national focal points, as aggregates. */
public interface FocalPointRecords extends CrudRepository<FocalPoint, UUID> {

	List<FocalPoint> findByCountryOrderByName(String country);

	List<FocalPoint> findAllByOrderByCountryAscNameAsc();

}
