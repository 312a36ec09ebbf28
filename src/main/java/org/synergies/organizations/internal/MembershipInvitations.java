package org.synergies.organizations.internal;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.CrudRepository;

interface MembershipInvitations extends CrudRepository<MembershipInvitation, UUID> {

	@Query("SELECT * FROM membership_invitation WHERE account_id = :account ORDER BY created_at DESC")
	List<MembershipInvitation> findByAccount(UUID account);

	@Query("SELECT * FROM membership_invitation WHERE subject_kind = :kind AND subject_id = :subject ORDER BY created_at DESC")
	List<MembershipInvitation> findBySubject(String kind, UUID subject);

}
