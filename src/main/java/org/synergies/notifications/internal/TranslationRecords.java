package org.synergies.notifications.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;

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

	/** One translation. */
	public Optional<CourtesyTranslation> find(UUID id) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM notification_translation t WHERE t.id = :id")
			.param("id", id)
			.query(TranslationRecords::map)
			.optional();
	}

	/** The translation of a contribution into a language, once something was decided. */
	public Optional<CourtesyTranslation> find(UUID contribution, Language language) {
		return this.jdbc
			.sql("SELECT " + COLUMNS + " FROM notification_translation t WHERE t.contribution_id = :contribution "
					+ "AND t.language = :language")
			.param("contribution", contribution)
			.param("language", language.name())
			.query(TranslationRecords::map)
			.optional();
	}

	/**
	 * The translations assigned to a translator's account, or every one requested, in
	 * progress or received when {@code account} is null; soonest due first.
	 */
	public List<CourtesyTranslation> assignedTo(@Nullable UUID account) {
		return this.jdbc
			.sql("SELECT " + COLUMNS + " FROM notification_translation t WHERE "
					+ (account == null ? "t.status IN ('REQUESTED', 'IN_PROGRESS', 'RECEIVED')"
							: "t.translator_id = :account AND t.status <> 'NOT_NEEDED'")
					+ " ORDER BY t.due_on, t.updated_at")
			.params(account == null ? Map.of() : Map.of("account", account))
			.query(TranslationRecords::map)
			.list();
	}

	/**
	 * Saves a step: inserts the translation when {@code seen} is 0 (nothing recorded),
	 * else updates it if it still has that version. Another step saved in between, or a
	 * first one recorded at the same time, is a conflict.
	 */
	public void save(CourtesyTranslation translation, long seen, @Nullable UUID by) {
		Map<String, @Nullable Object> values = new HashMap<>();
		values.put("id", translation.id());
		values.put("contribution", translation.contribution());
		values.put("language", translation.language().name());
		values.put("status", translation.status().name());
		values.put("translator", translation.translatorAccount());
		values.put("email", translation.translatorEmail());
		values.put("name", translation.translatorName());
		values.put("dueOn", translation.dueOn());
		values.put("body", translation.text());
		values.put("fileId", translation.file() == null ? null : translation.file().id());
		values.put("fileName", translation.file() == null ? null : translation.file().name());
		values.put("ofRevision", translation.ofRevision());
		values.put("by", by);
		values.put("now", NotificationRecords.at(translation.updatedAt()));
		values.put("seen", seen);
		if (seen == 0) {
			try {
				this.jdbc.sql("INSERT INTO notification_translation (id, contribution_id, language, status, "
						+ "translator_id, translator_email, translator_name, due_on, body, file_id, file_name, "
						+ "of_revision, updated_by, updated_at, version) VALUES (:id, :contribution, :language, "
						+ ":status, :translator, :email, :name, :dueOn, :body, :fileId, :fileName, :ofRevision, :by, "
						+ ":now, 1)")
					.params(values)
					.update();
			}
			catch (DuplicateKeyException recordedMeanwhile) {
				throw new OptimisticLockingFailureException("translation recorded meanwhile", recordedMeanwhile);
			}
			return;
		}
		int updated = this.jdbc
			.sql("UPDATE notification_translation SET status = :status, translator_id = :translator, "
					+ "translator_email = :email, translator_name = :name, due_on = :dueOn, body = :body, "
					+ "file_id = :fileId, file_name = :fileName, of_revision = :ofRevision, updated_by = :by, "
					+ "updated_at = :now, version = version + 1 WHERE id = :id AND version = :seen")
			.params(values)
			.update();
		if (updated != 1) {
			throw new OptimisticLockingFailureException("translation " + translation.id() + " changed since " + seen);
		}
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
