package org.synergies.compilations;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.synergies.accounts.CurrentUser;
import org.synergies.audit.AuditTrail;
import org.synergies.compilations.CompilationJob.Status;
import org.synergies.compilations.internal.CompilationJobStore;
import org.synergies.compilations.internal.CompilationSymbols;
import org.synergies.documents.BackgroundWriter;
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

	private final Compilations compilations;

	private final CompilationJobStore store;

	/** One compilation at a time on each node, after the request commits. */
	private final BackgroundWriter writer;

	private final AuditTrail audit;

	private final CompilationSymbols symbols;

	CompilationJobs(Compilations compilations, CompilationJobStore store, AuditTrail audit, CompilationSymbols symbols,
			BackgroundWriter writer) {
		this.compilations = compilations;
		this.store = store;
		this.audit = audit;
		this.symbols = symbols;
		this.writer = writer;
	}

	/**
	 * Asks for a compilation; refused at once, with the reason, when it could not run (an
	 * unknown instrument, a currency without a rate, a symbol another document carries).
	 * Without a symbol, it takes the one {@link #proposeSymbol proposed}.
	 */
	@Transactional
	public CompilationJob request(UUID cycle, @Nullable String instrument, Language language, @Nullable String symbol) {
		return request(cycle, instrument, language, Language.EN, symbol);
	}

	/**
	 * Asks for a compilation in a language, prepared in another ({@code original}, which
	 * every rendering states).
	 */
	@Transactional
	public CompilationJob request(UUID cycle, @Nullable String instrument, Language language, Language original,
			@Nullable String symbol) {
		Compilation checked = this.compilations.compile(cycle,
				instrument == null || instrument.isBlank() ? null : instrument);
		String chosen = symbol == null || symbol.isBlank() ? this.symbols.propose(cycle, checked.instrument())
				: symbol.strip();
		this.compilations.check(checked, chosen, language);
		this.symbols.requireFree(cycle, checked.instrument(), chosen);
		String requestedBy = CurrentUser.get().map(CurrentUser::displayName).orElse("Secretariat");
		CompilationJob job = this.store.queue(cycle, checked.instrument(), language, original, chosen, requestedBy);
		this.audit.record("compilation", job.id(), "requested", null, job);
		this.writer.afterCommit(() -> run(job.id()));
		return job;
	}

	/**
	 * The symbol proposed for a compilation of a cycle, for the whole family (null) or
	 * one instrument: the one it already carries in another language, or the next free
	 * information-document number of the cycle's meeting, following the pattern of the
	 * meeting's body ("UNEP/CMS/COP15/Inf.2", "AEWA/MOP9 Inf.1").
	 */
	public String proposeSymbol(UUID cycle, @Nullable String instrument) {
		return this.symbols.propose(cycle, instrument == null || instrument.isBlank() ? null : instrument);
	}

	public Optional<CompilationJob> find(UUID id) {
		return this.store.find(id);
	}

	/** The compilations of a cycle, newest first. */
	public List<CompilationJob> of(UUID cycle) {
		return this.store.of(cycle);
	}

	public Optional<byte[]> output(UUID job, CompilationFormat format) {
		return this.store.output(job, format);
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
		CompilationFormat format = Arrays.stream(CompilationFormat.values())
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
			this.store.progress(id, "COMPILING", 5);
			Compilation compilation = this.compilations.compile(job.cycle(), job.instrument());
			List<CompilationFormat> formats = List.of(CompilationFormat.values());
			int done = 0;
			for (CompilationFormat format : formats) {
				this.store.progress(id, format.name(), 10 + done * 90 / formats.size());
				this.store.keep(id, format,
						this.compilations.write(compilation, job.symbol(), job.language(), job.original(), format));
				done++;
			}
			this.store.finish(id, Status.DONE, null, List.of());
		}
		catch (RuntimeException failure) {
			log.error("Compilation {} failed", id, failure);
			if (failure instanceof RuleViolationException rule) {
				this.store.finish(id, Status.FAILED, rule.messageKey(),
						Arrays.stream(rule.arguments()).map(String::valueOf).toList());
			}
			else {
				this.store.finish(id, Status.FAILED, "compilation.error.unexpected", List.of());
			}
		}
	}

}
