package org.synergies.files;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Where file contents live. By default in the database, like everything else, so that
 * every node reads them and backups hold them. With {@code synergies.files.directory} set
 * (a volume every node mounts), in that directory under the file's id, never under the
 * name it was uploaded with; the database then holds the description only.
 */
@Component
class FileStorage {

	private final JdbcClient jdbc;

	private final Path directory;

	FileStorage(JdbcClient jdbc, @Value("${synergies.files.directory:}") String directory) {
		this.jdbc = jdbc;
		this.directory = directory.isBlank() ? null : Path.of(directory);
	}

	public void write(StoredFile file, byte[] content) {
		if (this.directory != null) {
			try {
				Files.createDirectories(this.directory);
				Files.write(this.directory.resolve(file.id().toString()), content, StandardOpenOption.CREATE_NEW);
			}
			catch (IOException exception) {
				throw new UncheckedIOException("Cannot write file " + file.id(), exception);
			}
		}
		this.jdbc.sql("""
				INSERT INTO stored_file (id, name, kind, size, sha256, stored_at, content)
				VALUES (:id, :name, :kind, :size, :sha256, :storedAt, :content)
				""")
			.param("id", file.id())
			.param("name", file.name())
			.param("kind", file.kind().name())
			.param("size", file.size())
			.param("sha256", file.sha256())
			.param("storedAt", file.storedAt().atOffset(ZoneOffset.UTC))
			.param("content", this.directory == null ? content : null)
			.update();
	}

	public Optional<StoredFile> find(UUID id) {
		return this.jdbc.sql("SELECT id, name, kind, size, sha256, stored_at FROM stored_file WHERE id = :id")
			.param("id", id)
			.query((rs, row) -> new StoredFile(rs.getObject("id", UUID.class), rs.getString("name"),
					FileKind.valueOf(rs.getString("kind")), rs.getLong("size"), rs.getString("sha256"),
					rs.getObject("stored_at", OffsetDateTime.class).toInstant()))
			.optional();
	}

	public Optional<byte[]> read(UUID id) {
		Optional<byte[]> stored = this.jdbc.sql("SELECT content FROM stored_file WHERE id = :id")
			.param("id", id)
			.query((rs, row) -> Optional.ofNullable(rs.getBytes("content")))
			.optional()
			.flatMap(content -> content);
		if (stored.isPresent() || this.directory == null || find(id).isEmpty()) {
			return stored;
		}
		try {
			return Optional.of(Files.readAllBytes(this.directory.resolve(id.toString())));
		}
		catch (IOException exception) {
			throw new UncheckedIOException("Cannot read file " + id, exception);
		}
	}

}
