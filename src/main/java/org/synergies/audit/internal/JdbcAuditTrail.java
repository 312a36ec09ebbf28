package org.synergies.audit.internal;

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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.synergies.audit.AuditEntry;
import org.synergies.audit.AuditEntry.FieldChange;
import org.synergies.audit.AuditTrail;
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
		this.jdbc.sql("""
				INSERT INTO audit_event (id, occurred_at, actor_id, actor_name, entity_type, entity_id, action,
				                         before_values, after_values)
				VALUES (:id, :at, :actorId, :actorName, :entityType, :entityId, :action, :before, :after)
				""")
			.param("id", UUID.randomUUID())
			.param("at", OffsetDateTime.now(ZoneOffset.UTC))
			.param("actorId", actor == null ? null : actor.actorId())
			.param("actorName", actor == null ? "system" : actor.actorName())
			.param("entityType", entityType)
			.param("entityId", entityId)
			.param("action", action)
			.param("before", before == null ? null : this.json.writeValueAsString(before))
			.param("after", after == null ? null : this.json.writeValueAsString(after))
			.update();
	}

	@Override
	@Transactional(readOnly = true)
	public List<AuditEntry> historyOf(String entityType, UUID entityId) {
		return this.jdbc
			.sql("""
					SELECT id, occurred_at, actor_id, actor_name, entity_type, entity_id, action, before_values, after_values
					FROM audit_event WHERE entity_type = :entityType AND entity_id = :entityId
					ORDER BY occurred_at DESC, id
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
