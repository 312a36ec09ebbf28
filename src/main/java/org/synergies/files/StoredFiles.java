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
import org.synergies.shared.NotFoundException;

/**
 * Keeps uploaded files. {@link #keep} refuses, with a rule the person can read, a file
 * that is empty, too large, of a kind not allowed, named as another kind than it is, or
 * infected. A file uploaded to a record is linked to it ({@link FileOwner}); the modules
 * serve a file only through a record it is linked to ({@link #findFor}), so a file's id
 * alone opens nothing.
 */
@Service
public class StoredFiles {

	private final UploadChecks checks;

	private final FileStorage storage;

	private final FileLinks links;

	private final Clock clock;

	private final long maxBytes;

	StoredFiles(UploadChecks checks, FileStorage storage, FileLinks links, Clock clock,
			@Value("${synergies.files.max-size:10MB}") DataSize maxSize) {
		this.checks = checks;
		this.storage = storage;
		this.links = links;
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

	/**
	 * Checks a file as {@link #keep} would (size, kind from its content, name, malware)
	 * without keeping it: for a file read at once and then thrown away (an import).
	 */
	public FileKind check(String fileName, byte[] content, Set<FileKind> allowed) {
		return this.checks.check(fileName, content, allowed, this.maxBytes);
	}

	/** Keeps a file uploaded to a record, and links it to that record. */
	@Transactional
	public StoredFile keep(String fileName, byte[] content, Set<FileKind> allowed, FileOwner owner) {
		StoredFile file = keep(fileName, content, allowed);
		this.links.link(file.id(), owner, file.storedAt());
		return file;
	}

	/**
	 * Links a file that already belongs to one record to another (a report started from
	 * the previous one); refused when the file does not belong to {@code from}.
	 */
	@Transactional
	public void carryForward(UUID file, FileOwner from, FileOwner to) {
		if (!this.links.isLinked(file, from)) {
			throw new NotFoundException("file", file);
		}
		this.links.link(file, to, Instant.now(this.clock).truncatedTo(ChronoUnit.MICROS));
	}

	/** Whether the file was uploaded to (or carried forward to) this record. */
	@Transactional(readOnly = true)
	public boolean belongsTo(UUID file, FileOwner owner) {
		return this.links.isLinked(file, owner);
	}

	/** The file, when it belongs to this record. */
	@Transactional(readOnly = true)
	public Optional<StoredFile> findFor(UUID file, FileOwner owner) {
		return belongsTo(file, owner) ? this.storage.find(file) : Optional.empty();
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
