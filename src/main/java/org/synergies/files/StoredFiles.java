package org.synergies.files;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;
import org.synergies.files.internal.FileStorage;
import org.synergies.files.internal.UploadChecks;
import org.synergies.shared.NotFoundException;

/**
 * Keeps uploaded files. {@link #keep} refuses, with a rule the person can read, a file
 * that is empty, too large, of a kind not allowed, named as another kind than it is, or
 * infected.
 */
@Service
public class StoredFiles {

	private final UploadChecks checks;

	private final FileStorage storage;

	private final Clock clock;

	private final long maxBytes;

	StoredFiles(UploadChecks checks, FileStorage storage, Clock clock,
			@Value("${synergies.files.max-size:10MB}") DataSize maxSize) {
		this.checks = checks;
		this.storage = storage;
		this.clock = clock;
		this.maxBytes = maxSize.toBytes();
	}

	@Transactional
	public StoredFile keep(String fileName, byte[] content, Set<FileKind> allowed) {
		FileKind kind = this.checks.check(fileName, content, allowed, this.maxBytes);
		StoredFile file = new StoredFile(UUID.randomUUID(), cleanName(fileName, kind), kind, content.length,
				UploadChecks.sha256(content), Instant.now(this.clock).truncatedTo(ChronoUnit.MICROS));
		this.storage.write(file, content);
		return file;
	}

	@Transactional(readOnly = true)
	public Optional<StoredFile> find(UUID id) {
		return this.storage.find(id);
	}

	@Transactional(readOnly = true)
	public byte[] content(UUID id) {
		return this.storage.read(id).orElseThrow(() -> new NotFoundException("file", id));
	}

	public long maxBytes() {
		return this.maxBytes;
	}

	/** The name shown to people: without any path, at most 200 characters. */
	private static String cleanName(String fileName, FileKind kind) {
		String name = fileName.replace('\\', '/');
		name = name.substring(name.lastIndexOf('/') + 1).strip();
		if (name.isEmpty()) {
			name = "document." + kind.name().toLowerCase(Locale.ROOT);
		}
		return name.length() > 200 ? name.substring(name.length() - 200) : name;
	}

}
