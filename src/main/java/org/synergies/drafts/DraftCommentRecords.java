package org.synergies.drafts;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The comments table: rows are inserted and read, never updated nor deleted. */
@Component
class DraftCommentRecords {

	private final JdbcClient jdbc;

	DraftCommentRecords(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<DraftComment> on(String kind, UUID draft) {
		return this.jdbc.sql("""
				SELECT id, kind, draft_id, draft_number, reference, author_id, author_name, text, created_at
				FROM draft_comment WHERE kind = :kind AND draft_id = :draft ORDER BY created_at, id
				""")
			.param("kind", kind)
			.param("draft", draft)
			.query((rs, row) -> new DraftComment(rs.getObject("id", UUID.class), rs.getString("kind"),
					rs.getObject("draft_id", UUID.class), rs.getInt("draft_number"), rs.getString("reference"),
					rs.getObject("author_id", UUID.class), rs.getString("author_name"), rs.getString("text"),
					rs.getObject("created_at", OffsetDateTime.class).toInstant()))
			.list();
	}

	void insert(DraftComment comment) {
		this.jdbc.sql("""
				INSERT INTO draft_comment (id, kind, draft_id, draft_number, reference, author_id, author_name, text,
				    created_at)
				VALUES (:id, :kind, :draft, :number, :reference, :author, :authorName, :text, :createdAt)
				""")
			.param("id", comment.id())
			.param("kind", comment.kind())
			.param("draft", comment.draft())
			.param("number", comment.number())
			.param("reference", comment.reference())
			.param("author", comment.author())
			.param("authorName", comment.authorName())
			.param("text", comment.text())
			.param("createdAt", comment.createdAt().atOffset(ZoneOffset.UTC))
			.update();
	}

}
