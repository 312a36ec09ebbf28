package org.synergies.audit.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.synergies.audit.AuditEntry;
import org.synergies.audit.AuditEntry.FieldChange;
import org.synergies.audit.AuditTrail;
import org.synergies.audit.AuditVerification;
import org.synergies.audit.AuditVerification.Reason;
import org.synergies.system.Actor;
import org.synergies.system.CurrentActor;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

@Service
class JdbcAuditTrail implements AuditTrail {

	private static final TypeReference<LinkedHashMap<String, Object>> MAP = new TypeReference<>() {
	};

	private final JdbcClient jdbc;

	private final JsonMapper json;

	JdbcAuditTrail(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	@Override
	@Transactional(propagation = Propagation.MANDATORY)
	public void record(String entityType, UUID entityId, String action, @Nullable Object before,
			@Nullable Object after) {
		write(CurrentActor.get().orElse(null), entityType, entityId, action, before, after);
	}

	@Override
	@Transactional(propagation = Propagation.MANDATORY)
	public void recordBy(Actor actor, String entityType, UUID entityId, String action, @Nullable Object before,
			@Nullable Object after) {
		write(actor, entityType, entityId, action, before, after);
	}

	private void write(@Nullable Actor actor, String entityType, UUID entityId, String action, @Nullable Object before,
			@Nullable Object after) {
		// the wall clock, not the application's Clock: the trail records when a change
		// was
		// really made, even where the application's time is shifted (a demo, a test)
		pending().add(new AuditChain.Link(0, null, UUID.randomUUID(), AuditChain.storable(Instant.now()),
				actor == null ? null : actor.actorId(), actor == null ? "system" : actor.actorName(), entityType,
				entityId, action, before == null ? null : this.json.writeValueAsString(before),
				after == null ? null : this.json.writeValueAsString(after)));
	}

	/**
	 * The entries of the current transaction, appended to the chain just before it
	 * commits: the chain head is then locked last and only for the commit, so no
	 * transaction holding it ever waits for another's rows (no deadlock), and a
	 * rolled-back transaction leaves no link.
	 */
	private List<AuditChain.Link> pending() {
		// looked up among the current transaction's synchronizations (not bound as a
		// resource), so that a REQUIRES_NEW transaction inside gets its own list
		for (TransactionSynchronization synchronization : TransactionSynchronizationManager.getSynchronizations()) {
			if (synchronization instanceof PendingEntries pending && pending.trail() == this) {
				return pending.entries();
			}
		}
		PendingEntries pending = new PendingEntries(this, new ArrayList<>());
		TransactionSynchronizationManager.registerSynchronization(pending);
		return pending.entries();
	}

	/** One transaction's entries (identity equality: it sits in a set while it grows). */
	private static final class PendingEntries implements TransactionSynchronization {

		private final JdbcAuditTrail trail;

		private final List<AuditChain.Link> entries;

		PendingEntries(JdbcAuditTrail trail, List<AuditChain.Link> entries) {
			this.trail = trail;
			this.entries = entries;
		}

		JdbcAuditTrail trail() {
			return this.trail;
		}

		List<AuditChain.Link> entries() {
			return this.entries;
		}

		@Override
		public void beforeCommit(boolean readOnly) {
			this.trail.append(this.entries);
		}

	}

	private void append(List<AuditChain.Link> entries) {
		if (entries.isEmpty()) {
			return;
		}
		Head head = this.jdbc.sql("SELECT last_position, last_hash FROM audit_chain_head WHERE id = 1 FOR UPDATE")
			.query((rs, row) -> new Head(rs.getLong(1), rs.getString(2)))
			.single();
		long position = head.position();
		String hash = head.hash();
		for (AuditChain.Link entry : entries) {
			position++;
			AuditChain.Link link = new AuditChain.Link(position, null, entry.id(), entry.at(), entry.actorId(),
					entry.actorName(), entry.entityType(), entry.entityId(), entry.action(), entry.before(),
					entry.after());
			hash = link.hashAfter(hash);
			this.jdbc.sql("""
					INSERT INTO audit_event (id, occurred_at, actor_id, actor_name, entity_type, entity_id, action,
					                         before_values, after_values, chain_position, chain_hash)
					VALUES (:id, :at, :actorId, :actorName, :entityType, :entityId, :action, :before, :after,
					        :position, :hash)
					""")
				.param("id", link.id())
				.param("at", OffsetDateTime.ofInstant(link.at(), ZoneOffset.UTC))
				.param("actorId", link.actorId())
				.param("actorName", link.actorName())
				.param("entityType", link.entityType())
				.param("entityId", link.entityId())
				.param("action", link.action())
				.param("before", link.before())
				.param("after", link.after())
				.param("position", position)
				.param("hash", hash)
				.update();
		}
		this.jdbc.sql("UPDATE audit_chain_head SET last_position = :position, last_hash = :hash WHERE id = 1")
			.param("position", position)
			.param("hash", hash)
			.update();
		entries.clear();
	}

	@Override
	@Transactional(readOnly = true)
	public AuditVerification verify() {
		Head head = this.jdbc.sql("SELECT last_position, last_hash FROM audit_chain_head WHERE id = 1")
			.query((rs, row) -> new Head(rs.getLong(1), rs.getString(2)))
			.single();
		ChainWalk walk = new ChainWalk(head);
		this.jdbc.sql("SELECT " + AuditChain.COLUMNS + " FROM audit_event ORDER BY chain_position")
			.withFetchSize(500)
			.query((RowCallbackHandler) rs -> walk.next(AuditChain.Link.read(rs)));
		return walk.end();
	}

	private record Head(long position, String hash) {
	}

	/**
	 * Follows the chain row by row and keeps the first break. The head is read first:
	 * rows appended since (past the head's position) are checked too, and the head is
	 * compared with the row at its own position.
	 */
	private static final class ChainWalk {

		private final Head head;

		private long rows;

		private long expected = 1;

		private String previousHash = AuditChain.GENESIS;

		private @Nullable String hashAtHead;

		private AuditVerification.@Nullable BrokenLink broken;

		ChainWalk(Head head) {
			this.head = head;
		}

		void next(AuditChain.Link link) {
			this.rows++;
			if (this.broken == null) {
				if (link.position() != this.expected) {
					this.broken = new AuditVerification.BrokenLink(this.expected, link.id(), Reason.REMOVED);
				}
				else if (!link.hashAfter(this.previousHash).equals(link.hash())) {
					this.broken = new AuditVerification.BrokenLink(link.position(), link.id(), Reason.ALTERED);
				}
			}
			if (link.position() == this.head.position()) {
				this.hashAtHead = link.hash();
			}
			this.expected = link.position() + 1;
			this.previousHash = Objects.requireNonNullElse(link.hash(), "");
		}

		AuditVerification end() {
			if (this.broken == null && this.head.position() >= this.expected) {
				this.broken = new AuditVerification.BrokenLink(this.expected, null, Reason.REMOVED);
			}
			else if (this.broken == null && this.head.position() > 0 && !this.head.hash().equals(this.hashAtHead)) {
				this.broken = new AuditVerification.BrokenLink(this.head.position(), null, Reason.ALTERED);
			}
			return new AuditVerification(this.rows, this.head.position(), this.head.hash(), this.broken);
		}

	}

	@Override
	@Transactional(readOnly = true)
	public List<AuditEntry> historyOf(String entityType, UUID entityId) {
		return this.jdbc
			.sql("""
					SELECT id, occurred_at, actor_id, actor_name, entity_type, entity_id, action, before_values, after_values
					FROM audit_event WHERE entity_type = :entityType AND entity_id = :entityId
					ORDER BY occurred_at DESC, chain_position DESC
					""")
			.param("entityType", entityType)
			.param("entityId", entityId)
			.query((rs, row) -> new AuditEntry(rs.getObject("id", UUID.class),
					rs.getObject("occurred_at", OffsetDateTime.class).toInstant(), rs.getObject("actor_id", UUID.class),
					rs.getString("actor_name"), rs.getString("entity_type"), rs.getObject("entity_id", UUID.class),
					rs.getString("action"), changes(rs.getString("before_values"), rs.getString("after_values"))))
			.list();
	}

	private List<FieldChange> changes(@Nullable String beforeJson, @Nullable String afterJson) {
		Map<String, Object> before = parse(beforeJson);
		Map<String, Object> after = parse(afterJson);
		Set<String> fields = new LinkedHashSet<>(before.keySet());
		fields.addAll(after.keySet());
		List<FieldChange> changes = new ArrayList<>();
		for (String field : fields) {
			String old = text(before.get(field));
			String now = text(after.get(field));
			if (!Objects.equals(old, now)) {
				changes.add(new FieldChange(field, old, now));
			}
		}
		return changes;
	}

	private Map<String, Object> parse(@Nullable String value) {
		return value == null ? Map.of() : this.json.readValue(value, MAP);
	}

	private @Nullable String text(@Nullable Object value) {
		if (value == null) {
			return null;
		}
		return (value instanceof Map || value instanceof List) ? this.json.writeValueAsString(value) : value.toString();
	}

}
