package org.synergies.agreements.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The versions of the due-diligence checklist, newest first; never changed once kept. */
@Component
class DueDiligenceChecklists {

	private final JdbcClient jdbc;

	DueDiligenceChecklists(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<DueDiligenceChecklist> all() {
		Map<UUID, List<DueDiligenceChecklist.Item>> items = new LinkedHashMap<>();
		this.jdbc.sql("SELECT checklist_id, code, text_en, text_fr, text_es FROM due_diligence_item ORDER BY position")
			.query((rs, row) -> items.computeIfAbsent(rs.getObject("checklist_id", UUID.class), id -> new ArrayList<>())
				.add(new DueDiligenceChecklist.Item(rs.getString("code"), rs.getString("text_en"),
						rs.getString("text_fr"), rs.getString("text_es"))))
			.list();
		return this.jdbc.sql("SELECT id, number, created_at FROM due_diligence_checklist ORDER BY number DESC")
			.query((rs, row) -> {
				UUID id = rs.getObject("id", UUID.class);
				return new DueDiligenceChecklist(id, rs.getInt("number"),
						rs.getObject("created_at", OffsetDateTime.class).toInstant(),
						items.getOrDefault(id, List.of()));
			})
			.list();
	}

	Optional<DueDiligenceChecklist> latest() {
		return all().stream().findFirst();
	}

	Optional<DueDiligenceChecklist> find(UUID id) {
		return all().stream().filter(checklist -> checklist.id().equals(id)).findFirst();
	}

	DueDiligenceChecklist add(List<DueDiligenceChecklist.Item> items, Instant now) {
		int number = this.jdbc.sql("SELECT COALESCE(MAX(number), 0) + 1 FROM due_diligence_checklist")
			.query(Integer.class)
			.single();
		UUID id = UUID.randomUUID();
		this.jdbc.sql("INSERT INTO due_diligence_checklist (id, number, created_at) VALUES (:id, :number, :now)")
			.param("id", id)
			.param("number", number)
			.param("now", now.atOffset(ZoneOffset.UTC))
			.update();
		for (int position = 0; position < items.size(); position++) {
			DueDiligenceChecklist.Item item = items.get(position);
			this.jdbc.sql("""
					INSERT INTO due_diligence_item (checklist_id, position, code, text_en, text_fr, text_es)
					VALUES (:id, :position, :code, :en, :fr, :es)""")
				.param("id", id)
				.param("position", position + 1)
				.param("code", item.code())
				.param("en", item.textEn())
				.param("fr", item.textFr())
				.param("es", item.textEs())
				.update();
		}
		return new DueDiligenceChecklist(id, number, now, items);
	}

}
