package org.synergies.notifications.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.synergies.notifications.ContributionView.ContributionFile;
import org.synergies.notifications.CourtesyTranslation;
import org.synergies.notifications.TranslationStatus;
import org.synergies.shared.Language;

/** The courtesy translations of contributions. */
@Repository
public class TranslationRecords {

	private static final String COLUMNS = "t.id, t.contribution_id, t.language, t.status, t.translator_id, "
			+ "t.translator_email, t.translator_name, t.due_on, t.body, t.file_id, t.file_name, t.of_revision, "
			+ "t.updated_at, t.version";

	private final JdbcClient jdbc;

	TranslationRecords(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The translations recorded for the contributions to a notification. */
	public List<CourtesyTranslation> ofNotification(UUID notification) {
		return this.jdbc
			.sql("SELECT " + COLUMNS + " FROM notification_translation t JOIN notification_contribution c "
					+ "ON c.id = t.contribution_id WHERE c.notification_id = :notification "
					+ "ORDER BY t.contribution_id, t.language")
			.param("notification", notification)
			.query(TranslationRecords::map)
			.list();
	}

	/** The translations recorded for one contribution. */
	public List<CourtesyTranslation> ofContribution(UUID contribution) {
		return this.jdbc
			.sql("SELECT " + COLUMNS + " FROM notification_translation t WHERE t.contribution_id = :contribution "
					+ "ORDER BY t.language")
			.param("contribution", contribution)
			.query(TranslationRecords::map)
			.list();
	}

	static CourtesyTranslation map(ResultSet row, int index) throws SQLException {
		UUID file = row.getObject("file_id", UUID.class);
		return new CourtesyTranslation(row.getObject("id", UUID.class), row.getObject("contribution_id", UUID.class),
				Language.valueOf(row.getString("language")), TranslationStatus.valueOf(row.getString("status")),
				row.getObject("translator_id", UUID.class), row.getString("translator_email"),
				row.getString("translator_name"), row.getObject("due_on", LocalDate.class), row.getString("body"),
				file == null ? null : new ContributionFile(file, row.getString("file_name")), row.getInt("of_revision"),
				row.getObject("updated_at", OffsetDateTime.class).toInstant(), row.getLong("version"));
	}

}
