package org.synergies.audit.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * The links of the audit trail's hash chain: a row's hash is the SHA-256 of the previous
 * row's hash followed by the row's canonical content. The content names every stored
 * field, each prefixed by its length (or marked absent), so two different rows never
 * share a canonical form.
 */
final class AuditChain {

	/** The "previous hash" of the first row. */
	static final String GENESIS = "0".repeat(64);

	static final String COLUMNS = "chain_position, chain_hash, id, occurred_at, actor_id, actor_name, entity_type, "
			+ "entity_id, action, before_values, after_values";

	private AuditChain() {
	}

	/** One stored row, as the chain sees it. */
	record Link(long position, @Nullable String hash, UUID id, Instant at, @Nullable UUID actorId, String actorName,
			String entityType, UUID entityId, String action, @Nullable String before, @Nullable String after) {

		static Link read(ResultSet rs) throws SQLException {
			long position = rs.getLong("chain_position");
			return new Link(rs.wasNull() ? -1 : position, rs.getString("chain_hash"), rs.getObject("id", UUID.class),
					rs.getObject("occurred_at", OffsetDateTime.class).toInstant(), rs.getObject("actor_id", UUID.class),
					rs.getString("actor_name"), rs.getString("entity_type"), rs.getObject("entity_id", UUID.class),
					rs.getString("action"), rs.getString("before_values"), rs.getString("after_values"));
		}

		String hashAfter(String previousHash) {
			return AuditChain.hash(previousHash, canonical(this));
		}

	}

	/**
	 * Both databases keep timestamps to the microsecond: a row is hashed with the time it
	 * will read back.
	 */
	static Instant storable(Instant instant) {
		return instant.truncatedTo(ChronoUnit.MICROS);
	}

	static String canonical(Link link) {
		StringBuilder content = new StringBuilder();
		for (Object field : new Object[] { link.position(), link.id(), link.at(), link.actorId(), link.actorName(),
				link.entityType(), link.entityId(), link.action(), link.before(), link.after() }) {
			if (field == null) {
				content.append("~;");
			}
			else {
				String text = field.toString();
				content.append(text.length()).append(':').append(text).append(';');
			}
		}
		return content.toString();
	}

	static String hash(String previousHash, String content) {
		try {
			MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
			sha256.update(previousHash.getBytes(StandardCharsets.US_ASCII));
			sha256.update(content.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(sha256.digest());
		}
		catch (NoSuchAlgorithmException exception) {
			throw new IllegalStateException("every Java runtime has SHA-256", exception);
		}
	}

}
