package org.synergies.countries.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.CrudRepository;

/** The memberships, as aggregates. */
public interface MembershipRecords extends CrudRepository<Membership, UUID> {

	List<Membership> findByCountry(String country);

	List<Membership> findAllByOrderByCountry();

	Optional<Membership> findByCountryAndTreaty(String country, String treaty);

}
