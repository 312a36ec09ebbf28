package org.synergies.mandates.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.synergies.mandates.AnnexDetails;
import org.synergies.mandates.ParagraphDetails;
import org.synergies.shared.Language;
import tools.jackson.databind.json.JsonMapper;

/**
 * DOCX imports waiting for the confirmation of the officer who uploaded them, kept in the
 * database (any node may receive the confirmation) as the paragraphs read, never as the
 * file; forgotten after a day when not confirmed.
 */
@Component
public class MandateImportStore {

	private final JdbcClient jdbc;

	private final JsonMapper json;

	MandateImportStore(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	/** What was read from the file. */
	public record Stored(UUID id, UUID mandate, Language language, @Nullable UUID createdBy, Instant createdAt,
			String fileName, long version, Content content, boolean applied) {
	}

	/** The file's content as read. */
	public record Content(@Nullable String symbol, @Nullable String title, List<String> annexes,
			List<ParagraphDetails> paragraphs, @Nullable List<AnnexDetails> annexTexts) {

		/** The annexes read (none in a preview kept before annexes were read). */
		public List<AnnexDetails> annexContents() {
			return this.annexTexts == null ? List.of() : this.annexTexts;
		}

	}

	public void save(UUID id, UUID mandate, Language language, @Nullable UUID createdBy, Instant createdAt,
			String fileName, long version, Content content) {
		this.jdbc.sql("""
				INSERT INTO mandate_import (id, mandate_id, language, created_by, created_at, file_name,
				    mandate_version, content_json, status)
				VALUES (:id, :mandate, :language, :createdBy, :createdAt, :fileName, :version, :content, 'PREVIEW')
				""")
			.param("id", id)
			.param("mandate", mandate)
			.param("language", language.name())
			.param("createdBy", createdBy)
			.param("createdAt", createdAt.atOffset(ZoneOffset.UTC))
			.param("fileName", fileName.length() > 300 ? fileName.substring(fileName.length() - 300) : fileName)
			.param("version", version)
			.param("content", this.json.writeValueAsString(content))
			.update();
	}

	public Optional<Stored> find(UUID id) {
		return this.jdbc.sql("""
				SELECT id, mandate_id, language, created_by, created_at, file_name, mandate_version, content_json,
				       status
				FROM mandate_import WHERE id = :id
				""")
			.param("id", id)
			.query((rs, row) -> new Stored(rs.getObject("id", UUID.class), rs.getObject("mandate_id", UUID.class),
					Language.valueOf(rs.getString("language")), rs.getObject("created_by", UUID.class),
					rs.getObject("created_at", OffsetDateTime.class).toInstant(), rs.getString("file_name"),
					rs.getLong("mandate_version"), this.json.readValue(rs.getString("content_json"), Content.class),
					"APPLIED".equals(rs.getString("status"))))
			.optional();
	}

	public void markApplied(UUID id) {
		this.jdbc.sql("UPDATE mandate_import SET status = 'APPLIED' WHERE id = :id").param("id", id).update();
	}

	public void forgetOlderThan(Instant before) {
		this.jdbc.sql("DELETE FROM mandate_import WHERE status = 'PREVIEW' AND created_at < :before")
			.param("before", before.atOffset(ZoneOffset.UTC))
			.update();
	}

}
