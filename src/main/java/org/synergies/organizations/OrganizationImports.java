package org.synergies.organizations;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.jspecify.annotations.Nullable;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.synergies.accounts.CurrentUser;
import org.synergies.audit.AuditTrail;
import org.synergies.organizations.ImportRow.Outcome;
import org.synergies.organizations.internal.DirectoryQueries;
import org.synergies.organizations.internal.OrganizationFile;
import org.synergies.organizations.internal.SpreadsheetReader;
import org.synergies.shared.FieldProblem;
import org.synergies.shared.NotFoundException;
import org.synergies.shared.RuleViolationException;
import org.synergies.shared.SearchKey;

/**
 * Imports organizations from a CSV or XLSX file in two steps: a preview that writes
 * nothing but says, row by row, what would be created, updated or refused and why; then,
 * on the officer's confirmation, every valid row or all rows at once.
 */
@Service
public class OrganizationImports {

	static final String AUDITED_AS = "organization-import";

	private final ImportStore store;

	private final OrganizationManagement organizations;

	private final DirectoryQueries directory;

	private final AuditTrail audit;

	private final Clock clock;

	OrganizationImports(ImportStore store, OrganizationManagement organizations, DirectoryQueries directory,
			AuditTrail audit, Clock clock) {
		this.store = store;
		this.organizations = organizations;
		this.directory = directory;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Reads and evaluates a file; refuses a file that is empty, too large, malformed or
	 * not what it claims.
	 */
	@Transactional
	public ImportPreview preview(String fileName, byte[] content) {
		List<SpreadsheetReader.Line> lines = SpreadsheetReader.read(fileName, content);
		ImportPreview preview = new ImportPreview(UUID.randomUUID(), fileName, Instant.now(this.clock),
				ImportPreview.Status.PREVIEW, evaluate(lines));
		this.store.save(preview, lines, CurrentUser.get().map(CurrentUser::id).orElse(null));
		return preview;
	}

	@Transactional(readOnly = true)
	public Optional<ImportPreview> find(UUID id) {
		return this.store.find(id);
	}

	/**
	 * Applies a previewed import, evaluated again against the registry as it is now. With
	 * {@link ImportPreview.Mode#ALL_OR_NOTHING}, one invalid row refuses the whole file.
	 */
	@Transactional
	public ImportResult apply(UUID id, ImportPreview.Mode mode) {
		ImportPreview preview = this.store.find(id).orElseThrow(() -> new NotFoundException(AUDITED_AS, id));
		if (preview.status() != ImportPreview.Status.PREVIEW) {
			throw new RuleViolationException("import.rule.already-applied");
		}
		List<SpreadsheetReader.Line> lines = this.store.lines(id);
		List<ImportRow> rows = evaluate(lines);
		long invalid = rows.stream().filter(row -> !row.isValid()).count();
		if (mode == ImportPreview.Mode.ALL_OR_NOTHING && invalid > 0) {
			throw new RuleViolationException("import.rule.invalid-rows", invalid);
		}
		int created = 0;
		int updated = 0;
		for (int index = 0; index < rows.size(); index++) {
			ImportRow row = rows.get(index);
			Map<String, String> values = lines.get(index).values();
			OrganizationDetails details = OrganizationFile.parse(values).details();
			if (row.outcome() == Outcome.NEW) {
				this.organizations.register(details);
				created++;
			}
			else if (row.outcome() == Outcome.MATCH && !row.changes().isEmpty() && row.match() != null) {
				OrganizationView existing = this.organizations.find(row.match()).orElseThrow();
				this.organizations.update(existing.id(), existing.version(),
						OrganizationFile.over(details, existing, values));
				updated++;
			}
		}
		ImportResult result = new ImportResult(created, updated, (int) invalid);
		this.store.mark(id, ImportPreview.Status.APPLIED);
		this.audit.record(AUDITED_AS, id, "applied", null, Map.of("file", preview.fileName(), "mode", mode.name(),
				"created", created, "updated", updated, "skipped", invalid));
		return result;
	}

	@Scheduled(fixedDelay = 1, timeUnit = TimeUnit.HOURS)
	@Transactional
	public void forgetUnconfirmedPreviews() {
		this.store.forgetOlderThan(Instant.now(this.clock).minus(Duration.ofDays(1)));
	}

	private List<ImportRow> evaluate(List<SpreadsheetReader.Line> lines) {
		Map<String, DirectoryQueries.NameEntry> byAcronym = new HashMap<>();
		Map<String, DirectoryQueries.NameEntry> byName = new HashMap<>();
		for (DirectoryQueries.NameEntry entry : this.directory.names()) {
			if (entry.acronym() != null) {
				byAcronym.putIfAbsent(SearchKey.of(entry.acronym()).replace(" ", ""), entry);
			}
			byName.putIfAbsent(SearchKey.of(entry.officialName()), entry);
		}
		Set<String> acronymsInFile = new HashSet<>();
		Set<String> namesInFile = new HashSet<>();
		List<ImportRow> rows = new ArrayList<>();
		for (SpreadsheetReader.Line line : lines) {
			rows.add(evaluate(line, byAcronym, byName, acronymsInFile, namesInFile));
		}
		return rows;
	}

	private ImportRow evaluate(SpreadsheetReader.Line line, Map<String, DirectoryQueries.NameEntry> byAcronym,
			Map<String, DirectoryQueries.NameEntry> byName, Set<String> acronymsInFile, Set<String> namesInFile) {
		String shownName = line.values().get("official_name");
		if (line.hasBrokenEncoding()) {
			return invalid(line, null, List.of(new FieldProblem("file", "import.problem.encoding")));
		}
		OrganizationFile.Parsed parsed = OrganizationFile.parse(line.values());
		List<FieldProblem> problems = new ArrayList<>(parsed.problems());
		OrganizationDetails details = parsed.details();
		OrganizationView match = null;
		if (parsed.id() != null) {
			try {
				match = this.organizations.find(UUID.fromString(parsed.id())).orElse(null);
			}
			catch (IllegalArgumentException exception) {
				// not an id: reported below
			}
			if (match == null) {
				problems.add(new FieldProblem("id", "import.problem.unknown-id", parsed.id()));
			}
		}
		else {
			String acronym = details.acronym() == null ? null : SearchKey.of(details.acronym()).replace(" ", "");
			DirectoryQueries.NameEntry entry = acronym != null && byAcronym.containsKey(acronym)
					? byAcronym.get(acronym) : byName.get(SearchKey.of(String.valueOf(details.officialName())));
			if (entry != null) {
				match = this.organizations.find(entry.id()).orElse(null);
			}
		}
		String key = details.officialName() == null ? "" : SearchKey.of(details.officialName());
		String acronymKey = details.acronym() == null ? null : SearchKey.of(details.acronym()).replace(" ", "");
		if (!key.isEmpty() && !namesInFile.add(key) || acronymKey != null && !acronymsInFile.add(acronymKey)) {
			problems.add(new FieldProblem("file", "import.problem.twice-in-file"));
		}
		if (match != null) {
			OrganizationDetails target = OrganizationFile.over(details, match, line.values());
			problems.addAll(this.organizations.check(target, match.id()));
			if (!problems.isEmpty()) {
				return invalid(line, shownName, problems);
			}
			return new ImportRow(line.number(), shownName, Outcome.MATCH, match.id(), match.officialName(),
					OrganizationFile.changes(match.details(), target), List.of());
		}
		problems.addAll(this.organizations.check(details, null));
		if (!problems.isEmpty()) {
			return invalid(line, shownName, problems);
		}
		return new ImportRow(line.number(), shownName, Outcome.NEW, null, null, List.of(), List.of());
	}

	private static ImportRow invalid(SpreadsheetReader.Line line, @Nullable String shownName,
			List<FieldProblem> problems) {
		return new ImportRow(line.number(), shownName, Outcome.INVALID, null, null, List.of(), problems);
	}

}
