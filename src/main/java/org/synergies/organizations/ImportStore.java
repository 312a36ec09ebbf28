package org.synergies.organizations;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.synergies.organizations.internal.SpreadsheetReader;
import org.synergies.shared.FieldProblem;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Import previews waiting for confirmation, kept in the database so that whichever node
 * receives the confirmation can apply them.
 */
@Component
class ImportStore {

	private static final TypeReference<List<StoredRow>> ROWS = new TypeReference<>() {
	};

	private final JdbcClient jdbc;

	private final JsonMapper json;

	ImportStore(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	/**
	 * Problems are kept as message keys with text arguments, to be worded for each
	 * reader.
	 */
	record StoredRow(int line, @Nullable String officialName, ImportRow.Outcome outcome, @Nullable UUID match,
			@Nullable String matchName, List<String> changes, List<StoredProblem> problems,
			Map<String, String> values) {

		static StoredRow of(ImportRow row, Map<String, String> values) {
			return new StoredRow(row.line(), row.officialName(), row.outcome(), row.match(), row.matchName(),
					row.changes(), row.problems().stream().map(StoredProblem::of).toList(), values);
		}

		ImportRow row() {
			return new ImportRow(this.line, this.officialName, this.outcome, this.match, this.matchName, this.changes,
					this.problems.stream().map(StoredProblem::problem).toList());
		}

	}

	record StoredProblem(String field, String messageKey, List<String> arguments) {

		static StoredProblem of(FieldProblem problem) {
			return new StoredProblem(problem.field(), problem.messageKey(),
					Arrays.stream(problem.arguments()).map(String::valueOf).toList());
		}

		FieldProblem problem() {
			return new FieldProblem(this.field, this.messageKey, this.arguments.toArray());
		}

	}

	public void save(ImportPreview preview, List<SpreadsheetReader.Line> lines, @Nullable UUID createdBy) {
		List<StoredRow> rows = new ArrayList<>();
		for (int index = 0; index < lines.size(); index++) {
			rows.add(StoredRow.of(preview.rows().get(index), lines.get(index).values()));
		}
		this.jdbc.sql("""
				INSERT INTO organization_import (id, created_by, created_at, file_name, rows_json, status)
				VALUES (:id, :createdBy, :createdAt, :fileName, :rows, :status)
				""")
			.param("id", preview.id())
			.param("createdBy", createdBy)
			.param("createdAt", preview.createdAt().atOffset(ZoneOffset.UTC))
			.param("fileName", preview.fileName())
			.param("rows", this.json.writeValueAsString(rows))
			.param("status", preview.status().name())
			.update();
	}

	public Optional<ImportPreview> find(UUID id) {
		return this.jdbc
			.sql("SELECT id, created_at, file_name, rows_json, status FROM organization_import WHERE id = :id")
			.param("id", id)
			.query((rs, row) -> new ImportPreview(rs.getObject("id", UUID.class), rs.getString("file_name"),
					rs.getObject("created_at", OffsetDateTime.class).toInstant(),
					ImportPreview.Status.valueOf(rs.getString("status")),
					stored(rs.getString("rows_json")).stream().map(StoredRow::row).toList()))
			.optional();
	}

	public void mark(UUID id, ImportPreview.Status status) {
		this.jdbc.sql("UPDATE organization_import SET status = :status WHERE id = :id")
			.param("status", status.name())
			.param("id", id)
			.update();
	}

	/** Previews nobody confirmed are forgotten after a day. */
	public void forgetOlderThan(Instant before) {
		this.jdbc.sql("DELETE FROM organization_import WHERE status = 'PREVIEW' AND created_at < :before")
			.param("before", before.atOffset(ZoneOffset.UTC))
			.update();
	}

	/** The file's lines as read, to be evaluated again when the import is applied. */
	public List<SpreadsheetReader.Line> lines(UUID id) {
		String value = this.jdbc.sql("SELECT rows_json FROM organization_import WHERE id = :id")
			.param("id", id)
			.query(String.class)
			.single();
		return stored(value).stream().map(row -> new SpreadsheetReader.Line(row.line(), row.values())).toList();
	}

	private List<StoredRow> stored(String value) {
		return this.json.readValue(value, ROWS);
	}

}
