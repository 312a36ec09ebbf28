package org.synergies.mandates;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.synergies.accounts.CurrentUser;
import org.synergies.audit.AuditTrail;
import org.synergies.files.FileKind;
import org.synergies.files.StoredFiles;
import org.synergies.mandates.MandateImportPreview.ImportedParagraph;
import org.synergies.mandates.internal.Mandate;
import org.synergies.mandates.internal.MandateImportStore;
import org.synergies.mandates.internal.MandateRecords;
import org.synergies.mandates.internal.ResolutionDocx;
import org.synergies.shared.FieldProblem;
import org.synergies.shared.InvalidInputException;
import org.synergies.shared.Language;
import org.synergies.shared.NotFoundException;

/**
 * Imports a text, one language at a time, from the DOCX the Secretariat wrote it in. The
 * file passes the uploads' checks (size, kind judged from its content, malware), is read
 * into paragraphs ({@link ResolutionDocx}) and shown as a preview, each paragraph with
 * what would refuse it (a number taken, a paragraph without number…); nothing is saved
 * until the officer who uploaded it confirms, and then every paragraph or none, refused
 * if the text changed since the file was read. Previews are kept a day; nobody but their
 * author sees or confirms one.
 */
@Service
public class MandateImports {

	static final String AUDITED_AS = "mandate-import";

	private final Mandates mandates;

	private final MandateRecords records;

	private final MandateImportStore store;

	private final StoredFiles files;

	private final AuditTrail audit;

	private final Clock clock;

	MandateImports(Mandates mandates, MandateRecords records, MandateImportStore store, StoredFiles files,
			AuditTrail audit, Clock clock) {
		this.mandates = mandates;
		this.records = records;
		this.store = store;
		this.files = files;
		this.audit = audit;
		this.clock = clock;
	}

	/** Reads the file and keeps the preview for its author to confirm. */
	@Transactional
	public MandateImportPreview preview(UUID mandate, @Nullable Language language, String fileName, byte[] content) {
		Mandate text = text(mandate);
		ResolutionDocx.Read read = read(language, fileName, content);
		UUID id = UUID.randomUUID();
		Instant now = now();
		MandateImportStore.Content kept = new MandateImportStore.Content(read.symbol(), read.title(), read.annexes(),
				read.paragraphs(), read.annexTexts());
		this.store.save(id, mandate, Objects.requireNonNull(language), currentUser(), now, fileName, text.version(),
				kept);
		return preview(id, mandate, language, fileName, text, kept, now);
	}

	/** What the file would add, without keeping anything (the API's dry run). */
	@Transactional(readOnly = true)
	public MandateImportPreview dryRun(UUID mandate, @Nullable Language language, String fileName, byte[] content) {
		Mandate text = text(mandate);
		ResolutionDocx.Read read = read(language, fileName, content);
		return preview(null, mandate, Objects.requireNonNull(language), fileName, text, new MandateImportStore.Content(
				read.symbol(), read.title(), read.annexes(), read.paragraphs(), read.annexTexts()), now());
	}

	/**
	 * Reads the file and saves its paragraphs at once, all or none (the API without dry
	 * run); refused if the text changed since {@code version}.
	 */
	@Transactional
	public MandateView importNow(UUID mandate, long version, @Nullable Language language, String fileName,
			byte[] content) {
		Mandate text = text(mandate);
		if (text.version() != version) {
			throw new OptimisticLockingFailureException("mandate " + mandate + " is at " + text.version());
		}
		ResolutionDocx.Read read = read(language, fileName, content);
		return save(null, mandate, version, fileName, Objects.requireNonNull(language), new MandateImportStore.Content(
				read.symbol(), read.title(), read.annexes(), read.paragraphs(), read.annexTexts()));
	}

	/**
	 * The preview, evaluated against the text as it is now; only to its author, only
	 * under its own text, and only until it is confirmed.
	 */
	@Transactional(readOnly = true)
	public Optional<MandateImportPreview> find(UUID mandate, UUID id) {
		return owned(mandate, id).map(stored -> preview(stored.id(), mandate, stored.language(), stored.fileName(),
				text(mandate), stored.content(), stored.createdAt(), stored.version()));
	}

	/**
	 * Saves every paragraph of the preview or none; refused if the text changed since the
	 * file was read ({@link OptimisticLockingFailureException}) or a paragraph is refused
	 * ({@link InvalidInputException}).
	 */
	@Transactional
	public MandateView confirm(UUID mandate, UUID id) {
		MandateImportStore.Stored stored = owned(mandate, id).orElseThrow(() -> new NotFoundException(AUDITED_AS, id));
		return save(id, mandate, stored.version(), stored.fileName(), stored.language(), stored.content());
	}

	@Scheduled(fixedDelay = 1, timeUnit = TimeUnit.HOURS)
	@Transactional
	public void forgetUnconfirmedPreviews() {
		this.store.forgetOlderThan(Instant.now(this.clock).minus(Duration.ofDays(1)));
	}

	/**
	 * The paragraphs, then the title where the text has none and the annexes, in one
	 * transaction: all or nothing.
	 */
	private MandateView save(@Nullable UUID id, UUID mandate, long version, String fileName, Language language,
			MandateImportStore.Content content) {
		List<ParagraphDetails> paragraphs = content.paragraphs();
		MandateView saved;
		try {
			saved = this.mandates.enter(mandate, version, paragraphs);
		}
		catch (InvalidInputException refused) {
			throw new InvalidInputException(explained(refused.problems(), paragraphs));
		}
		saved = this.mandates.imported(mandate, saved.version(), language, content.title(), content.annexContents());
		if (id != null) {
			this.store.markApplied(id);
		}
		this.audit.record(AUDITED_AS, id == null ? mandate : id, "applied", null, Map.of("mandate", mandate, "file",
				fileName, "paragraphs", paragraphs.size(), "annexes", content.annexContents().size()));
		return saved;
	}

	private Optional<MandateImportStore.Stored> owned(UUID mandate, UUID id) {
		UUID user = currentUser();
		return this.store.find(id)
			.filter(stored -> stored.mandate().equals(mandate))
			.filter(stored -> user != null && user.equals(stored.createdBy()))
			.filter(stored -> !stored.applied());
	}

	private Mandate text(UUID mandate) {
		// the text must be one the reader may see (the Secretariat sees every text)
		this.mandates.require(mandate);
		return this.records.findById(mandate).orElseThrow(() -> new NotFoundException(Mandates.AUDITED_AS, mandate));
	}

	private ResolutionDocx.Read read(@Nullable Language language, String fileName, byte[] content) {
		if (language == null) {
			throw new InvalidInputException(List.of(new FieldProblem("language", "mandates.import.language.required")));
		}
		this.files.check(fileName, content, Set.of(FileKind.DOCX));
		return ResolutionDocx.read(content, language);
	}

	private MandateImportPreview preview(@Nullable UUID id, UUID mandate, Language language, String fileName,
			Mandate text, MandateImportStore.Content content, Instant createdAt) {
		return preview(id, mandate, language, fileName, text, content, createdAt, text.version());
	}

	private MandateImportPreview preview(@Nullable UUID id, UUID mandate, Language language, String fileName,
			Mandate text, MandateImportStore.Content content, Instant createdAt, long version) {
		List<ParagraphDetails> paragraphs = content.paragraphs();
		List<List<FieldProblem>> problems = new ArrayList<>();
		paragraphs.forEach(paragraph -> problems.add(new ArrayList<>()));
		try {
			// tried on the text as loaded, which is not saved
			text.enter(paragraphs, now());
		}
		catch (InvalidInputException refused) {
			for (FieldProblem problem : explained(refused.problems(), paragraphs)) {
				int index = index(problem.field(), paragraphs.size());
				problems.get(index).add(problem);
			}
		}
		List<ImportedParagraph> imported = new ArrayList<>();
		for (int i = 0; i < paragraphs.size(); i++) {
			imported.add(new ImportedParagraph(paragraphs.get(i), List.copyOf(problems.get(i))));
		}
		return new MandateImportPreview(id, mandate, language, fileName, content.symbol(), content.title(),
				content.annexes(), content.annexContents(), imported, version, createdAt);
	}

	/**
	 * The entry's problems, said for a file: a paragraph read without a number was text
	 * between numbered paragraphs.
	 */
	private static List<FieldProblem> explained(List<FieldProblem> problems, List<ParagraphDetails> paragraphs) {
		List<FieldProblem> explained = new ArrayList<>();
		for (FieldProblem problem : problems) {
			int index = index(problem.field(), paragraphs.size());
			if (problem.messageKey().equals("mandates.paragraph.number.required")) {
				String previous = index == 0 ? "" : Objects.toString(paragraphs.get(index - 1).number(), "");
				explained.add(new FieldProblem(problem.field(), "mandates.import.unnumbered", previous));
			}
			else {
				explained.add(problem);
			}
		}
		return explained;
	}

	/** The paragraph a problem is about: "paragraphs[3].number" is the fourth. */
	private static int index(String field, int size) {
		if (size == 1 || !field.startsWith("paragraphs[")) {
			return 0;
		}
		return Integer.parseInt(field.substring("paragraphs[".length(), field.indexOf(']')));
	}

	private static @Nullable UUID currentUser() {
		return CurrentUser.get().map(CurrentUser::id).orElse(null);
	}

	private Instant now() {
		return Instant.now(this.clock).truncatedTo(ChronoUnit.MICROS);
	}

}
