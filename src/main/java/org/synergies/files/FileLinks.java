package org.synergies.files;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Which record each stored file belongs to ({@code stored_file_link}). */
@Component
class FileLinks {

	private final JdbcClient jdbc;

	FileLinks(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void link(UUID file, FileOwner owner, Instant at) {
		if (isLinked(file, owner)) {
			return;
		}
		this.jdbc.sql("""
				INSERT INTO stored_file_link (file_id, owner_type, owner_id, linked_at)
				VALUES (:file, :type, :owner, :at)
				""")
			.param("file", file)
			.param("type", owner.type())
			.param("owner", owner.id())
			.param("at", at.atOffset(ZoneOffset.UTC))
			.update();
	}

	public boolean isLinked(UUID file, FileOwner owner) {
		return this.jdbc.sql("""
				SELECT COUNT(*) FROM stored_file_link
				WHERE file_id = :file AND owner_type = :type AND owner_id = :owner
				""")
			.param("file", file)
			.param("type", owner.type())
			.param("owner", owner.id())
			.query(Long.class)
			.single() > 0;
	}

}
