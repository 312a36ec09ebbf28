package org.synergies.agreements.internal;

import java.util.List;
import java.util.UUID;

import org.springframework.data.repository.CrudRepository;

/** The agreements, as aggregates. */
public interface AgreementRecords extends CrudRepository<Agreement, UUID> {

	List<Agreement> findAllByOrderByTitleEn();

}
