package org.synergies.compilations.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.synergies.compilations.CompilationFormat;
import org.synergies.compilations.CompilationJob;
import org.synergies.compilations.CompilationJob.Status;
import org.synergies.shared.Language;

/**
 * The compilation jobs and their outputs in the database, so that any node shows a job's
 * progress. A job whose node stopped (not heard of for {@link #SILENCE}) reads as
 * interrupted.
 */
@Component
public class CompilationJobStore {

	/** A running job not heard of for this long was interrupted (its node stopped). */
	static final Duration SILENCE = Duration.ofMinutes(10);

	private final JdbcClient jdbc;

	private final Clock clock;

	CompilationJobStore(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	public CompilationJob queue(UUID cycle, @Nullable String instrument, Language language, Language original,
			String symbol, String requestedBy) {
		UUID id = UUID.randomUUID();
		Timestamp now = Timestamp.from(now());
		this.jdbc.sql("""
				INSERT INTO compilation_job (id, cycle_id, instrument, language, original_language, symbol, status,
				    progress, requested_by, requested_at, heartbeat_at)
				VALUES (:id, :cycle, :instrument, :language, :original, :symbol, 'QUEUED', 0, :by, :now, :now)""")
			.param("id", id)
			.param("cycle", cycle)
			.param("instrument", instrument)
			.param("language", language.name())
			.param("original", original.name())
			.param("symbol", symbol)
			.param("by", requestedBy)
			.param("now", now)
			.update();
		return find(id).orElseThrow();
	}

	public Optional<CompilationJob> find(UUID id) {
		return this.jdbc.sql("SELECT * FROM compilation_job WHERE id = :id")
			.param("id", id)
			.query(this::job)
			.optional();
	}

	public List<CompilationJob> of(UUID cycle) {
		return this.jdbc.sql("SELECT * FROM compilation_job WHERE cycle_id = :cycle ORDER BY requested_at DESC")
			.param("cycle", cycle)
			.query(this::job)
			.list();
	}

	/** A symbol a compilation carries, newest first. */
	public record UsedSymbol(UUID cycle, @Nullable String instrument, String symbol) {
	}

	/**
	 * The symbols of the compilations that were not refused or did not fail, newest
	 * first.
	 */
	public List<UsedSymbol> symbolsInUse() {
		return this.jdbc.sql(
				"SELECT cycle_id, instrument, symbol FROM compilation_job WHERE status <> 'FAILED' ORDER BY requested_at DESC")
			.query((rs, row) -> new UsedSymbol(rs.getObject("cycle_id", UUID.class), rs.getString("instrument"),
					rs.getString("symbol")))
			.list();
	}

	public Optional<byte[]> output(UUID job, CompilationFormat format) {
		return this.jdbc.sql("SELECT content FROM compilation_output WHERE job_id = :job AND format = :format")
			.param("job", job)
			.param("format", format.name())
			.query((rs, row) -> rs.getBytes("content"))
			.optional();
	}

	public void keep(UUID job, CompilationFormat format, byte[] content) {
		this.jdbc.sql("INSERT INTO compilation_output (job_id, format, content) VALUES (:job, :format, :content)")
			.param("job", job)
			.param("format", format.name())
			.param("content", content)
			.update();
	}

	public void progress(UUID id, String step, int progress) {
		this.jdbc.sql("""
				UPDATE compilation_job SET status = :status, step = :step, progress = :progress, heartbeat_at = :now
				WHERE id = :id""")
			.param("status", Status.RUNNING.name())
			.param("step", step)
			.param("progress", progress)
			.param("now", Timestamp.from(now()))
			.param("id", id)
			.update();
	}

	public void finish(UUID id, Status status, @Nullable String error, List<String> arguments) {
		String joined = String.join("\n", arguments);
		this.jdbc.sql("""
				UPDATE compilation_job SET status = :status, step = NULL, progress = :progress, error = :error,
				    error_arguments = :arguments, heartbeat_at = :now, finished_at = :now
				WHERE id = :id""")
			.param("status", status.name())
			.param("progress", status == Status.DONE ? 100 : 0)
			.param("error", error)
			.param("arguments", joined.length() > 2000 ? joined.substring(0, 2000) : joined)
			.param("now", Timestamp.from(now()))
			.param("id", id)
			.update();
	}

	private CompilationJob job(ResultSet rs, int row) throws SQLException {
		UUID id = rs.getObject("id", UUID.class);
		Status status = Status.valueOf(rs.getString("status"));
		Instant heartbeat = rs.getTimestamp("heartbeat_at").toInstant();
		String error = rs.getString("error");
		String arguments = rs.getString("error_arguments");
		List<String> errorArguments = arguments == null || arguments.isEmpty() ? List.of() : arguments.lines().toList();
		if (!status.isFinished() && heartbeat.isBefore(now().minus(SILENCE))) {
			status = Status.FAILED;
			error = "compilation.error.interrupted";
			errorArguments = List.of();
		}
		Timestamp finished = rs.getTimestamp("finished_at");
		List<CompilationFormat> formats = status == Status.DONE ? Arrays.asList(CompilationFormat.values()) : List.of();
		return new CompilationJob(id, rs.getObject("cycle_id", UUID.class), rs.getString("instrument"),
				Language.valueOf(rs.getString("language")), rs.getString("symbol"), status, rs.getString("step"),
				rs.getInt("progress"), error, errorArguments, rs.getString("requested_by"),
				rs.getTimestamp("requested_at").toInstant(), finished == null ? null : finished.toInstant(), formats,
				rs.getString("original_language") == null ? Language.EN
						: Language.valueOf(rs.getString("original_language")));
	}

	private Instant now() {
		return Instant.now(this.clock).truncatedTo(ChronoUnit.MICROS);
	}

}
