package org.synergies.reporting;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import jakarta.annotation.PreDestroy;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.synergies.accounts.CurrentUser;
import org.synergies.audit.AuditTrail;
import org.synergies.reporting.CompilationDocuments.Format;
import org.synergies.reporting.CompilationJob.Status;
import org.synergies.shared.Language;
import org.synergies.shared.NotFoundException;
import org.synergies.shared.RuleViolationException;

/**
 * Compilations run as background jobs, one at a time per node, with their progress in the
 * database so that any node shows it. Asking for one checks at once what would stop it (a
 * missing exchange rate) and says so; the job then writes DOCX, PDF, HTML, XLSX and CSV
 * in turn. A job whose node stopped shows as interrupted.
 */
@Service
public class CompilationJobs {

	private static final Logger log = LoggerFactory.getLogger(CompilationJobs.class);

	/** A running job not heard of for this long was interrupted (its node stopped). */
	static final Duration SILENCE = Duration.ofMinutes(10);

	private static final List<Format> ORDER = List.of(Format.DOCX, Format.PDF, Format.HTML, Format.XLSX, Format.CSV);

	private final Compilations compilations;

	private final CompilationDocuments documents;

	private final JdbcClient jdbc;

	/**
	 * One compilation at a time on each node: it is CPU-bound (PDF rendering), and pages
	 * must stay responsive while it runs. Not a bean, so that it does not replace the
	 * application's task executor.
	 */
	private final ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();

	private final AuditTrail audit;

	private final Clock clock;

	CompilationJobs(Compilations compilations, CompilationDocuments documents, JdbcClient jdbc, AuditTrail audit,
			Clock clock) {
		this.compilations = compilations;
		this.documents = documents;
		this.jdbc = jdbc;
		this.executor.setCorePoolSize(1);
		this.executor.setMaxPoolSize(1);
		this.executor.setQueueCapacity(100);
		this.executor.setThreadNamePrefix("compilation-");
		this.executor.setWaitForTasksToCompleteOnShutdown(true);
		this.executor.setAwaitTerminationSeconds(60);
		this.executor.initialize();
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Asks for a compilation; refused at once, with the reason, when it could not run (no
	 * symbol, an unknown instrument, a currency without a rate).
	 */
	@Transactional
	public CompilationJob request(UUID cycle, @Nullable String instrument, Language language, String symbol) {
		Compilation checked = this.compilations.compile(cycle,
				instrument == null || instrument.isBlank() ? null : instrument);
		this.documents.model(checked, requireSymbol(symbol), language);
		UUID id = UUID.randomUUID();
		String requestedBy = CurrentUser.get().map(CurrentUser::displayName).orElse("Secretariat");
		Timestamp now = Timestamp.from(now());
		this.jdbc.sql("""
				INSERT INTO compilation_job (id, cycle_id, instrument, language, symbol, status, progress, requested_by,
				    requested_at, heartbeat_at)
				VALUES (:id, :cycle, :instrument, :language, :symbol, 'QUEUED', 0, :by, :now, :now)""")
			.param("id", id)
			.param("cycle", cycle)
			.param("instrument", checked.instrument())
			.param("language", language.name())
			.param("symbol", symbol.strip())
			.param("by", requestedBy)
			.param("now", now)
			.update();
		CompilationJob job = find(id).orElseThrow();
		this.audit.record("compilation", id, "requested", null, job);
		Runnable run = () -> run(id);
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					CompilationJobs.this.executor.execute(run);
				}
			});
		}
		else {
			this.executor.execute(run);
		}
		return job;
	}

	@PreDestroy
	void stop() {
		this.executor.shutdown();
	}

	public Optional<CompilationJob> find(UUID id) {
		return this.jdbc.sql("SELECT * FROM compilation_job WHERE id = :id")
			.param("id", id)
			.query(this::job)
			.optional();
	}

	/** The compilations of a cycle, newest first. */
	public List<CompilationJob> of(UUID cycle) {
		return this.jdbc.sql("SELECT * FROM compilation_job WHERE cycle_id = :cycle ORDER BY requested_at DESC")
			.param("cycle", cycle)
			.query(this::job)
			.list();
	}

	public Optional<byte[]> output(UUID job, Format format) {
		return this.jdbc.sql("SELECT content FROM compilation_output WHERE job_id = :job AND format = :format")
			.param("job", job)
			.param("format", format.name())
			.query((rs, row) -> rs.getBytes("content"))
			.optional();
	}

	/** A finished output, named as it is downloaded. */
	public record Download(String fileName, String mediaType, byte[] content) {
	}

	/**
	 * An output of a job by its extension ({@code docx}, {@code pdf}…), named for
	 * download; not found when the job, the format or the output (not written yet) is
	 * unknown.
	 */
	public Download download(UUID id, String extension) {
		Format format = Arrays.stream(Format.values())
			.filter(candidate -> candidate.extension().equals(extension))
			.findFirst()
			.orElseThrow(() -> new NotFoundException("format", extension));
		CompilationJob job = find(id).orElseThrow(() -> new NotFoundException("compilation", id));
		byte[] content = output(id, format).orElseThrow(() -> new NotFoundException("compilation", id));
		String scope = job.instrument() == null ? "cms-family" : job.instrument().toLowerCase(Locale.ROOT);
		return new Download(
				"civil-society-contributions-" + scope + "-" + job.language().code() + "." + format.extension(),
				format.mediaType(), content);
	}

	void run(UUID id) {
		CompilationJob job = find(id).orElseThrow();
		try {
			progress(id, Status.RUNNING, "COMPILING", 5);
			Compilation compilation = this.compilations.compile(job.cycle(), job.instrument());
			int done = 0;
			for (Format format : ORDER) {
				progress(id, Status.RUNNING, format.name(), 10 + done * 90 / ORDER.size());
				byte[] content = this.documents.write(compilation, job.symbol(), job.language(), format);
				this.jdbc
					.sql("INSERT INTO compilation_output (job_id, format, content) VALUES (:job, :format, :content)")
					.param("job", id)
					.param("format", format.name())
					.param("content", content)
					.update();
				done++;
			}
			finish(id, Status.DONE, null, List.of());
		}
		catch (RuntimeException failure) {
			log.error("Compilation {} failed", id, failure);
			if (failure instanceof RuleViolationException rule) {
				finish(id, Status.FAILED, rule.messageKey(),
						Arrays.stream(rule.arguments()).map(String::valueOf).toList());
			}
			else {
				finish(id, Status.FAILED, "compilation.error.unexpected", List.of());
			}
		}
	}

	private void progress(UUID id, Status status, String step, int progress) {
		this.jdbc.sql("""
				UPDATE compilation_job SET status = :status, step = :step, progress = :progress, heartbeat_at = :now
				WHERE id = :id""")
			.param("status", status.name())
			.param("step", step)
			.param("progress", progress)
			.param("now", Timestamp.from(now()))
			.param("id", id)
			.update();
	}

	private void finish(UUID id, Status status, @Nullable String error, List<String> arguments) {
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

	private CompilationJob job(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
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
		List<Format> formats = status == Status.DONE ? Arrays.asList(Format.values()) : List.of();
		return new CompilationJob(id, rs.getObject("cycle_id", UUID.class), rs.getString("instrument"),
				Language.valueOf(rs.getString("language")), rs.getString("symbol"), status, rs.getString("step"),
				rs.getInt("progress"), error, errorArguments, rs.getString("requested_by"),
				rs.getTimestamp("requested_at").toInstant(), finished == null ? null : finished.toInstant(), formats);
	}

	private static String requireSymbol(@Nullable String symbol) {
		if (symbol == null || symbol.isBlank()) {
			throw new org.synergies.shared.InvalidInputException(
					List.of(new org.synergies.shared.FieldProblem("symbol", "validation.required")));
		}
		return symbol.strip();
	}

	private Instant now() {
		return Instant.now(this.clock).truncatedTo(ChronoUnit.MICROS);
	}

}
