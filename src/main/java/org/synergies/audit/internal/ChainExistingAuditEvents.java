package org.synergies.audit.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.springframework.stereotype.Component;

/**
 * Migration 9.31: chains the audit rows written before the chain existed (in the order
 * they were written), then makes the chain columns mandatory. It runs as the role that
 * owns the schema, which alone may lift the append-only trigger on PostgreSQL for this
 * one-time step. Spring Boot hands every {@link JavaMigration} bean to Flyway.
 */
@Component
class ChainExistingAuditEvents implements JavaMigration {

	@Override
	public MigrationVersion getVersion() {
		return MigrationVersion.fromVersion("9.31");
	}

	@Override
	public String getDescription() {
		return "chain existing audit events";
	}

	@Override
	public Integer getChecksum() {
		return 931;
	}

	@Override
	public boolean canExecuteInTransaction() {
		return true;
	}

	@Override
	public void migrate(Context context) throws Exception {
		Connection connection = context.getConnection();
		boolean postgres = "PostgreSQL".equals(connection.getMetaData().getDatabaseProductName());
		List<AuditChain.Link> unchained = new ArrayList<>();
		try (Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("SELECT " + AuditChain.COLUMNS
						+ " FROM audit_event WHERE chain_position IS NULL ORDER BY occurred_at, id")) {
			while (rows.next()) {
				unchained.add(AuditChain.Link.read(rows));
			}
		}
		if (!unchained.isEmpty()) {
			chain(connection, postgres, unchained);
		}
		execute(connection, "ALTER TABLE audit_event ALTER COLUMN chain_position SET NOT NULL");
		execute(connection, "ALTER TABLE audit_event ALTER COLUMN chain_hash SET NOT NULL");
	}

	private void chain(Connection connection, boolean postgres, List<AuditChain.Link> unchained) throws SQLException {
		long position;
		String hash;
		try (Statement statement = connection.createStatement();
				ResultSet head = statement
					.executeQuery("SELECT last_position, last_hash FROM audit_chain_head WHERE id = 1 FOR UPDATE")) {
			head.next();
			position = head.getLong(1);
			hash = head.getString(2);
		}
		if (postgres) {
			execute(connection, "ALTER TABLE audit_event DISABLE TRIGGER audit_event_append_only");
		}
		try (PreparedStatement update = connection
			.prepareStatement("UPDATE audit_event SET chain_position = ?, chain_hash = ? WHERE id = ?")) {
			for (AuditChain.Link row : unchained) {
				position++;
				AuditChain.Link link = new AuditChain.Link(position, null, row.id(), row.at(), row.actorId(),
						row.actorName(), row.entityType(), row.entityId(), row.action(), row.before(), row.after());
				hash = link.hashAfter(hash);
				update.setLong(1, position);
				update.setString(2, hash);
				update.setObject(3, row.id());
				update.addBatch();
			}
			update.executeBatch();
		}
		if (postgres) {
			execute(connection, "ALTER TABLE audit_event ENABLE TRIGGER audit_event_append_only");
		}
		try (PreparedStatement head = connection
			.prepareStatement("UPDATE audit_chain_head SET last_position = ?, last_hash = ? WHERE id = 1")) {
			head.setLong(1, position);
			head.setString(2, hash);
			head.executeUpdate();
		}
	}

	private static void execute(Connection connection, String sql) throws SQLException {
		try (Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
	}

}
