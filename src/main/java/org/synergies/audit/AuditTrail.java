package org.synergies.audit;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.synergies.system.Actor;

/**
 * Records changes and reads a record's history. {@link #record} joins the caller's
 * transaction and refuses to run outside one, so an audit entry exists exactly when the
 * change it describes was committed. Entries are appended to a hash chain when that
 * transaction commits, one transaction at a time across every node.
 */
public interface AuditTrail {

	/**
	 * @param entityType the kind of record, e.g. {@code "account"}
	 * @param entityId the record's id
	 * @param action what happened, e.g. {@code "created"}, {@code "updated"},
	 * {@code "disabled"}
	 * @param before the record's values before the change (null when created)
	 * @param after the record's values after the change (null when deleted)
	 */
	void record(String entityType, UUID entityId, String action, @Nullable Object before, @Nullable Object after);

	/**
	 * As {@link #record}, for a change made by someone not signed in yet (accepting an
	 * invitation, resetting a password): the actor is named explicitly.
	 */
	void recordBy(Actor actor, String entityType, UUID entityId, String action, @Nullable Object before,
			@Nullable Object after);

	/** Newest first. */
	List<AuditEntry> historyOf(String entityType, UUID entityId);

	/**
	 * Walks the whole hash chain and says where it first breaks: a row altered or removed
	 * after it was written.
	 */
	AuditVerification verify();

}
