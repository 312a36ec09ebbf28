package org.synergies.countries.internal;

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
import org.synergies.countries.CountryImportPreview;
import org.synergies.countries.CountryImportRow;
import org.synergies.documents.SpreadsheetReader;
import org.synergies.shared.FieldProblem;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Import previews waiting for confirmation, kept in the database so that whichever node
 * receives the confirmation applies them; forgotten after a day when not applied.
 */
@Component
public class CountryImportStore {

	private static final TypeReference<List<StoredRow>> ROWS = new TypeReference<>() {
	};

	private final JdbcClient jdbc;

	private final JsonMapper json;

	CountryImportStore(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	record StoredRow(int line, String label, CountryImportRow.Outcome outcome, @Nullable UUID match,
			List<StoredProblem> problems, Map<String, String> values) {

		CountryImportRow row() {
			return new CountryImportRow(this.line, this.label, this.outcome, this.match,
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

	public void save(CountryImportPreview preview, List<SpreadsheetReader.Line> lines, @Nullable UUID createdBy) {
		List<StoredRow> rows = new ArrayList<>();
		for (int index = 0; index < lines.size(); index++) {
			CountryImportRow row = preview.rows().get(index);
			rows.add(new StoredRow(row.line(), row.label(), row.outcome(), row.match(),
					row.problems().stream().map(StoredProblem::of).toList(), lines.get(index).values()));
		}
		this.jdbc.sql("""
				INSERT INTO country_import (id, kind, created_by, created_at, file_name, rows_json, status)
				VALUES (:id, :kind, :createdBy, :createdAt, :fileName, :rows, 'PREVIEW')
				""")
			.param("id", preview.id())
			.param("kind", preview.kind().name())
			.param("createdBy", createdBy)
			.param("createdAt", preview.createdAt().atOffset(ZoneOffset.UTC))
			.param("fileName", preview.fileName())
			.param("rows", this.json.writeValueAsString(rows))
			.update();
	}

	public Optional<CountryImportPreview> find(UUID id) {
		return this.jdbc
			.sql("SELECT id, kind, created_at, file_name, rows_json, status FROM country_import WHERE id = :id")
			.param("id", id)
			.query((rs, row) -> new CountryImportPreview(rs.getObject("id", UUID.class),
					CountryImportPreview.Kind.valueOf(rs.getString("kind")), rs.getString("file_name"),
					rs.getObject("created_at", OffsetDateTime.class).toInstant(),
					"APPLIED".equals(rs.getString("status")),
					stored(rs.getString("rows_json")).stream().map(StoredRow::row).toList()))
			.optional();
	}

	/** The file's lines as read, to be evaluated again when the import is applied. */
	public List<SpreadsheetReader.Line> lines(UUID id) {
		String value = this.jdbc.sql("SELECT rows_json FROM country_import WHERE id = :id")
			.param("id", id)
			.query(String.class)
			.single();
		return stored(value).stream().map(row -> new SpreadsheetReader.Line(row.line(), row.values())).toList();
	}

	public void markApplied(UUID id) {
		this.jdbc.sql("UPDATE country_import SET status = 'APPLIED' WHERE id = :id").param("id", id).update();
	}

	public void forgetOlderThan(Instant before) {
		this.jdbc.sql("DELETE FROM country_import WHERE status = 'PREVIEW' AND created_at < :before")
			.param("before", before.atOffset(ZoneOffset.UTC))
			.update();
	}

	private List<StoredRow> stored(String value) {
		return this.json.readValue(value, ROWS);
	}

}
