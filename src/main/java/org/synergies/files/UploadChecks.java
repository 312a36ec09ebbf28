package org.synergies.files;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.synergies.shared.ArchiveLimits;
import org.synergies.shared.RejectedUploadException;
import org.synergies.shared.RejectedUploadException.Reason;

/**
 * The checks every upload passes before it is kept: not empty, not too large, a zip-based
 * document that stays within {@link ArchiveLimits#OFFICE_DOCUMENTS} when opened, of an
 * allowed kind judged from its content and named as what it is, and clean.
 */
@Component
class UploadChecks {

	private static final Logger log = LoggerFactory.getLogger(UploadChecks.class);

	private final List<MalwareScanner> scanners;

	UploadChecks(List<MalwareScanner> scanners) {
		this.scanners = scanners;
		if (scanners.isEmpty()) {
			log.warn("No malware scanner is configured: uploads are not scanned (set synergies.files.clamd.host)");
		}
	}

	public FileKind check(String fileName, byte[] content, Set<FileKind> allowed, long maxBytes) {
		if (content.length == 0) {
			throw new RejectedUploadException("files.rule.empty", Reason.CONTENT);
		}
		if (content.length > maxBytes) {
			throw new RejectedUploadException("files.rule.too-large", Reason.TOO_LARGE, maxBytes / (1024 * 1024));
		}
		if (ContentTypes.isZip(content)) {
			switch (ArchiveLimits.OFFICE_DOCUMENTS.inspect(content)) {
				case EXPANDS_TOO_MUCH -> {
					log.warn("Refused an upload named {}: it would expand beyond the archive limits", fileName);
					throw new RejectedUploadException("files.rule.expands-too-much", Reason.CONTENT,
							ArchiveLimits.OFFICE_DOCUMENTS.maxEntries(), ArchiveLimits.OFFICE_DOCUMENTS.maxMegabytes(),
							ArchiveLimits.OFFICE_DOCUMENTS.maxRatio());
				}
				case NOT_A_ZIP -> throw notAllowed(allowed);
				case WITHIN_LIMITS -> {
				}
			}
		}
		FileKind kind = ContentTypes.detect(content).filter(allowed::contains).orElseThrow(() -> notAllowed(allowed));
		if (!kind.matchesName(fileName)) {
			throw new RejectedUploadException("files.rule.name-lies", Reason.CONTENT, kind.name());
		}
		for (MalwareScanner scanner : this.scanners) {
			String threat;
			try {
				threat = scanner.findThreat(content);
			}
			catch (RuntimeException unavailable) {
				log.error("The malware scanner failed; the upload named {} is refused", fileName, unavailable);
				throw new RejectedUploadException("files.rule.scanner-unavailable", Reason.SCANNER_UNAVAILABLE);
			}
			if (threat != null) {
				log.warn("Refused an upload named {}: {}", fileName, threat);
				throw new RejectedUploadException("files.rule.infected", Reason.CONTENT);
			}
		}
		return kind;
	}

	private static RejectedUploadException notAllowed(Set<FileKind> allowed) {
		return new RejectedUploadException("files.rule.kind-not-allowed", Reason.CONTENT,
				String.join(", ", allowed.stream().map(Enum::name).sorted().toList()));
	}

	public static String sha256(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (NoSuchAlgorithmException exception) {
			throw new IllegalStateException(exception);
		}
	}

}
