package org.synergies.agreements.internal;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.CrudRepository;
import org.synergies.shared.VersionStatus;

/** The proposed extensions, revisions and terminations of agreements. */
public interface AgreementActionRecords extends CrudRepository<AgreementAction, UUID> {

	List<AgreementAction> findByAgreementIdOrderByNumberDesc(UUID agreementId);

	List<AgreementAction> findByAdoptedBy(UUID adoptedBy);

	List<AgreementAction> findByStatusIn(Collection<VersionStatus> statuses);

	@Query("SELECT coalesce(max(number), 0) FROM agreement_action WHERE agreement_id = :agreementId")
	int lastNumber(UUID agreementId);

}
