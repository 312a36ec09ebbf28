package org.synergies.notifications.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.synergies.notifications.NotificationCompilation;
import org.synergies.notifications.NotificationCompilation.Format;
import org.synergies.notifications.NotificationCompilation.Status;
import org.synergies.shared.Language;

/**
 * The compilations of notifications, the contributions each holds and their outputs. A
 * running compilation not heard of for {@link #SILENCE} (its node stopped) reads as
 * failed.
 */
@Repository
public class CompilationRecords {

	static final Duration SILENCE = Duration.ofMinutes(10);

	private final JdbcClient jdbc;

	private final Clock clock;

	CompilationRecords(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Queues a compilation of these contributions (id and revision), in this order. */
	public NotificationCompilation queue(UUID notification, String symbol, Language language, String requestedBy,
			Map<UUID, Integer> contributions) {
		UUID id = UUID.randomUUID();
		Timestamp now = Timestamp.from(now());
		this.jdbc.sql("""
				INSERT INTO notification_compilation (id, notification_id, symbol, language, status, progress,
				    requested_by, requested_at, heartbeat_at, version)
				VALUES (:id, :notification, :symbol, :language, 'QUEUED', 0, :by, :now, :now, 0)""")
			.param("id", id)
			.param("notification", notification)
			.param("symbol", symbol)
			.param("language", language.name())
			.param("by", requestedBy)
			.param("now", now)
			.update();
		int position = 0;
		for (Map.Entry<UUID, Integer> contribution : contributions.entrySet()) {
			this.jdbc.sql("""
					INSERT INTO notification_compilation_item (compilation_id, contribution_id, revision, position)
					VALUES (:id, :contribution, :revision, :position)""")
				.param("id", id)
				.param("contribution", contribution.getKey())
				.param("revision", contribution.getValue())
				.param("position", position++)
				.update();
		}
		return find(id).orElseThrow();
	}

	public Optional<NotificationCompilation> find(UUID id) {
		return this.jdbc.sql("SELECT * FROM notification_compilation WHERE id = :id")
			.param("id", id)
			.query(this::compilation)
			.optional();
	}

	/** The compilations of a notification, newest first. */
	public List<NotificationCompilation> of(UUID notification) {
		return this.jdbc
			.sql("SELECT * FROM notification_compilation WHERE notification_id = :notification "
					+ "ORDER BY requested_at DESC")
			.param("notification", notification)
			.query(this::compilation)
			.list();
	}

	/** Whether another notification's compilation carries this symbol. */
	public boolean symbolTakenElsewhere(String symbol, UUID notification) {
		return this.jdbc
			.sql("SELECT COUNT(*) FROM notification_compilation WHERE UPPER(symbol) = UPPER(:symbol) "
					+ "AND notification_id <> :notification AND status <> 'FAILED'")
			.param("symbol", symbol)
			.param("notification", notification)
			.query(Integer.class)
			.single() > 0;
	}

	/** The revision of each contribution that a published compilation of it holds. */
	public Map<UUID, Integer> publishedRevisions(UUID notification) {
		Map<UUID, Integer> revisions = new java.util.LinkedHashMap<>();
		this.jdbc.sql("""
				SELECT i.contribution_id, i.revision FROM notification_compilation_item i
				JOIN notification_compilation c ON c.id = i.compilation_id
				WHERE c.notification_id = :notification AND c.published_at IS NOT NULL
				ORDER BY c.published_at, i.position""").param("notification", notification).query((rs, row) -> {
			revisions.put(rs.getObject("contribution_id", UUID.class), rs.getInt("revision"));
			return null;
		}).list();
		return revisions;
	}

	/** The revision of a contribution that a compilation holds. */
	public int revisionIn(UUID compilation, UUID contribution) {
		return this.jdbc
			.sql("SELECT revision FROM notification_compilation_item WHERE compilation_id = :compilation "
					+ "AND contribution_id = :contribution")
			.param("compilation", compilation)
			.param("contribution", contribution)
			.query(Integer.class)
			.single();
	}

	/** The names of the files of a contribution's revision. */
	public List<String> fileNames(UUID contribution, int revision) {
		return this.jdbc
			.sql("SELECT name FROM notification_contribution_file WHERE contribution_id = :contribution "
					+ "AND revision = :revision ORDER BY name")
			.param("contribution", contribution)
			.param("revision", revision)
			.query(String.class)
			.list();
	}

	public Optional<byte[]> output(UUID compilation, Format format) {
		return this.jdbc
			.sql("SELECT content FROM notification_compilation_output WHERE compilation_id = :id AND format = :format")
			.param("id", compilation)
			.param("format", format.name())
			.query((rs, row) -> rs.getBytes("content"))
			.optional();
	}

	public void keep(UUID compilation, Format format, byte[] content) {
		this.jdbc
			.sql("INSERT INTO notification_compilation_output (compilation_id, format, content) "
					+ "VALUES (:id, :format, :content)")
			.param("id", compilation)
			.param("format", format.name())
			.param("content", content)
			.update();
	}

	public void progress(UUID id, String step, int progress) {
		this.jdbc.sql("""
				UPDATE notification_compilation SET status = 'RUNNING', step = :step, progress = :progress,
				    heartbeat_at = :now WHERE id = :id""")
			.param("step", step)
			.param("progress", progress)
			.param("now", Timestamp.from(now()))
			.param("id", id)
			.update();
	}

	public void finish(UUID id, Status status, @Nullable String error) {
		this.jdbc.sql("""
				UPDATE notification_compilation SET status = :status, step = NULL, progress = :progress,
				    error = :error, heartbeat_at = :now, finished_at = :now WHERE id = :id""")
			.param("status", status.name())
			.param("progress", status == Status.DONE ? 100 : 0)
			.param("error", error)
			.param("now", Timestamp.from(now()))
			.param("id", id)
			.update();
	}

	/** Publishes it; refused if it changed since {@code version}. */
	public void publish(UUID id, long version) {
		int updated = this.jdbc.sql("""
				UPDATE notification_compilation SET published_at = :now, version = version + 1
				WHERE id = :id AND version = :version AND published_at IS NULL""")
			.param("now", Timestamp.from(now()))
			.param("id", id)
			.param("version", version)
			.update();
		if (updated != 1) {
			throw new OptimisticLockingFailureException("Compilation " + id + " changed since version " + version);
		}
	}

	private NotificationCompilation compilation(ResultSet rs, int row) throws SQLException {
		UUID id = rs.getObject("id", UUID.class);
		Status status = Status.valueOf(rs.getString("status"));
		String error = rs.getString("error");
		if (!status.isFinished() && rs.getTimestamp("heartbeat_at").toInstant().isBefore(now().minus(SILENCE))) {
			status = Status.FAILED;
			error = "notifications.compilations.error.interrupted";
		}
		Timestamp finished = rs.getTimestamp("finished_at");
		Timestamp published = rs.getTimestamp("published_at");
		List<UUID> contributions = this.jdbc
			.sql("SELECT contribution_id FROM notification_compilation_item WHERE compilation_id = :id "
					+ "ORDER BY position")
			.param("id", id)
			.query((items, index) -> items.getObject("contribution_id", UUID.class))
			.list();
		return new NotificationCompilation(id, rs.getObject("notification_id", UUID.class), rs.getString("symbol"),
				Language.valueOf(rs.getString("language")), status, rs.getString("step"), rs.getInt("progress"), error,
				rs.getString("requested_by"), rs.getTimestamp("requested_at").toInstant(),
				finished == null ? null : finished.toInstant(), published == null ? null : published.toInstant(),
				contributions, rs.getLong("version"));
	}

	private Instant now() {
		return Instant.now(this.clock).truncatedTo(ChronoUnit.MICROS);
	}

}
