package org.synergies.countries;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
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
import org.synergies.accounts.AccountManagement;
import org.synergies.accounts.CurrentUser;
import org.synergies.audit.AuditTrail;
import org.synergies.countries.CountryImportPreview.Kind;
import org.synergies.countries.CountryImportRow.Outcome;
import org.synergies.countries.internal.CountryChecks;
import org.synergies.countries.internal.CountryFiles;
import org.synergies.countries.internal.CountryImportStore;
import org.synergies.countries.internal.FocalPoint;
import org.synergies.countries.internal.FocalPointRecords;
import org.synergies.countries.internal.Membership;
import org.synergies.countries.internal.MembershipRecords;
import org.synergies.documents.SpreadsheetReader;
import org.synergies.shared.CountryCode;
import org.synergies.shared.FieldProblem;
import org.synergies.shared.NotFoundException;
import org.synergies.shared.RuleViolationException;

/**
 * Imports memberships or focal points from a CSV or XLSX file in two steps: a preview
 * that writes nothing but says, row by row, what would be recorded, updated or refused
 * and why; then, on the officer's confirmation, every valid row or all rows at once, in
 * one transaction. A focal point row matches by its id, else by country, treaty and name;
 * a membership row by country and treaty.
 */
@Service
public class CountryImports {

	static final String AUDITED_AS = "country-import";

	private final CountryImportStore store;

	private final CountryMemberships memberships;

	private final FocalPoints focalPoints;

	private final MembershipRecords membershipRecords;

	private final FocalPointRecords focalPointRecords;

	private final CountryChecks checks;

	private final AccountManagement accounts;

	private final AuditTrail audit;

	private final Clock clock;

	CountryImports(CountryImportStore store, CountryMemberships memberships, FocalPoints focalPoints,
			MembershipRecords membershipRecords, FocalPointRecords focalPointRecords, CountryChecks checks,
			AccountManagement accounts, AuditTrail audit, Clock clock) {
		this.store = store;
		this.memberships = memberships;
		this.focalPoints = focalPoints;
		this.membershipRecords = membershipRecords;
		this.focalPointRecords = focalPointRecords;
		this.checks = checks;
		this.accounts = accounts;
		this.audit = audit;
		this.clock = clock;
	}

	/** Evaluated line: its row for the preview, and what to write if it is valid. */
	private record Evaluated(CountryImportRow row, @Nullable CountryCode country, @Nullable Object details) {
	}

	/**
	 * Reads and evaluates a file; refuses a file that is empty, too large, malformed, not
	 * what it claims or without the kind's columns.
	 */
	@Transactional
	public CountryImportPreview preview(Kind kind, String fileName, byte[] content) {
		List<SpreadsheetReader.Line> lines;
		try {
			lines = SpreadsheetReader.read(fileName, content, kind == Kind.MEMBERSHIPS ? "status" : "name");
		}
		catch (RuleViolationException refused) {
			if ("import.file.no-header".equals(refused.messageKey())) {
				throw new RuleViolationException("countries.import.no-header", String.join(", ", columns(kind)));
			}
			throw refused;
		}
		CountryImportPreview preview = new CountryImportPreview(UUID.randomUUID(), kind, fileName,
				Instant.now(this.clock), false, evaluate(kind, lines).stream().map(Evaluated::row).toList());
		this.store.save(preview, lines, CurrentUser.get().map(CurrentUser::id).orElse(null));
		return preview;
	}

	@Transactional(readOnly = true)
	public Optional<CountryImportPreview> find(UUID id) {
		return this.store.find(id);
	}

	/**
	 * Applies a previewed import, evaluated again against the records as they are now.
	 * With {@link CountryImportPreview.Mode#ALL_OR_NOTHING}, one invalid row refuses the
	 * whole file.
	 */
	@Transactional
	public CountryImportResult apply(UUID id, CountryImportPreview.Mode mode) {
		CountryImportPreview preview = this.store.find(id).orElseThrow(() -> new NotFoundException(AUDITED_AS, id));
		if (preview.applied()) {
			throw new RuleViolationException("import.rule.already-applied");
		}
		List<Evaluated> rows = evaluate(preview.kind(), this.store.lines(id));
		long invalid = rows.stream().filter(row -> !row.row().isValid()).count();
		if (mode == CountryImportPreview.Mode.ALL_OR_NOTHING && invalid > 0) {
			throw new RuleViolationException("import.rule.invalid-rows", invalid);
		}
		int created = 0;
		int updated = 0;
		for (Evaluated row : rows) {
			if (!row.row().isValid() || row.country() == null || row.details() == null) {
				continue;
			}
			UUID match = row.row().match();
			if (row.details() instanceof MembershipDetails details) {
				if (match == null) {
					this.memberships.record(row.country(), details);
				}
				else {
					long version = this.memberships.require(row.country(), match).version();
					this.memberships.update(row.country(), match, version, details);
				}
			}
			else if (row.details() instanceof FocalPointDetails details) {
				if (match == null) {
					this.focalPoints.name(row.country(), details);
				}
				else {
					long version = this.focalPointRecords.findById(match).orElseThrow().version();
					this.focalPoints.update(row.country(), match, version, details);
				}
			}
			if (match == null) {
				created++;
			}
			else {
				updated++;
			}
		}
		this.store.markApplied(id);
		this.audit.record(AUDITED_AS, id, "applied", null, Map.of("file", preview.fileName(), "kind",
				preview.kind().name(), "mode", mode.name(), "created", created, "updated", updated));
		return new CountryImportResult(created, updated, (int) invalid);
	}

	@Scheduled(fixedDelay = 1, timeUnit = TimeUnit.HOURS)
	@Transactional
	public void forgetUnconfirmedPreviews() {
		this.store.forgetOlderThan(Instant.now(this.clock).minus(Duration.ofDays(1)));
	}

	public static List<String> columns(Kind kind) {
		return kind == Kind.MEMBERSHIPS ? CountryFiles.MEMBERSHIP_COLUMNS : CountryFiles.FOCAL_POINT_COLUMNS;
	}

	private List<Evaluated> evaluate(Kind kind, List<SpreadsheetReader.Line> lines) {
		Set<String> inFile = new HashSet<>();
		List<Evaluated> rows = new ArrayList<>();
		for (SpreadsheetReader.Line line : lines) {
			if (line.hasBrokenEncoding()) {
				rows.add(new Evaluated(new CountryImportRow(line.number(), "", Outcome.INVALID, null,
						List.of(new FieldProblem("file", "import.problem.encoding"))), null, null));
			}
			else {
				rows.add(kind == Kind.MEMBERSHIPS ? membership(line, inFile) : focalPoint(line, inFile));
			}
		}
		return rows;
	}

	private Evaluated membership(SpreadsheetReader.Line line, Set<String> inFile) {
		CountryFiles.Parsed<MembershipDetails> parsed = CountryFiles.membership(line.values());
		MembershipDetails details = CountryChecks.clean(parsed.details());
		List<FieldProblem> problems = new ArrayList<>(parsed.problems());
		CountryCode country = parsed.country();
		UUID match = null;
		if (country != null) {
			if (!inFile.add(country.value() + "|" + details.treaty())) {
				problems.add(new FieldProblem("file", "countries.import.twice-in-file"));
			}
			match = details.treaty() == null ? null
					: this.membershipRecords.findByCountryAndTreaty(country.value(), details.treaty())
						.map(Membership::id)
						.orElse(null);
			addUnlessReported(problems, this.checks.check(country, details, LocalDate.now(this.clock), match));
		}
		String label = (country == null ? "?" : country.value()) + " · "
				+ (details.treaty() == null ? "?" : details.treaty());
		return evaluated(line, label, match, problems, country, details);
	}

	private Evaluated focalPoint(SpreadsheetReader.Line line, Set<String> inFile) {
		CountryFiles.Parsed<FocalPointDetails> parsed = CountryFiles.focalPoint(line.values());
		FocalPointDetails details = CountryChecks.clean(parsed.details());
		List<FieldProblem> problems = new ArrayList<>(parsed.problems());
		CountryCode country = parsed.country();
		FocalPoint match = null;
		if (country != null) {
			match = matchOf(line.values(), country, details, problems);
			UUID account = match == null ? null : match.details().account();
			String accountEmail = CountryFiles.value(line.values(), "account_email");
			if (accountEmail != null) {
				account = this.accounts.findByEmail(accountEmail)
					.filter(found -> CountryChecks.isFocalPointAccount(found, country))
					.map(found -> found.id())
					.orElse(null);
				if (account == null) {
					problems.add(new FieldProblem("account_email", "countries.focal-point.account", country.value()));
				}
			}
			details = new FocalPointDetails(details.treaty(), details.designation(), details.name(),
					details.institution(), details.position(), details.email(), details.phone(), account);
			if (details.designation() == FocalPointDesignation.PRIMARY
					&& !inFile.add(country.value() + "|" + details.treaty())) {
				problems.add(new FieldProblem("designation", "countries.focal-point.second-primary",
						String.valueOf(details.treaty())));
			}
			addUnlessReported(problems, this.checks.check(country, details, match == null ? null : match.id()));
		}
		String label = (country == null ? "?" : country.value()) + " · "
				+ (details.treaty() == null ? "?" : details.treaty()) + " · "
				+ (details.name() == null ? "?" : details.name());
		return evaluated(line, label, match == null ? null : match.id(), problems, country, details);
	}

	private @Nullable FocalPoint matchOf(Map<String, String> values, CountryCode country, FocalPointDetails details,
			List<FieldProblem> problems) {
		String id = CountryFiles.value(values, "id");
		if (id != null) {
			FocalPoint found = null;
			try {
				found = this.focalPointRecords.findById(UUID.fromString(id))
					.filter(focalPoint -> focalPoint.country().equals(country.value()))
					.orElse(null);
			}
			catch (IllegalArgumentException exception) {
				// not an id: reported below
			}
			if (found == null) {
				problems.add(new FieldProblem("id", "countries.import.unknown-id", id));
			}
			return found;
		}
		return this.focalPointRecords.findByCountryOrderByName(country.value())
			.stream()
			.filter(focalPoint -> details.name() != null && focalPoint.details().name() != null
					&& focalPoint.details().name().equalsIgnoreCase(details.name())
					&& String.valueOf(details.treaty()).equals(focalPoint.details().treaty()))
			.findFirst()
			.orElse(null);
	}

	/**
	 * A field the line already has a problem with (a value not read) is reported once.
	 */
	private static void addUnlessReported(List<FieldProblem> problems, List<FieldProblem> more) {
		Set<String> reported = new HashSet<>(problems.stream().map(FieldProblem::field).toList());
		more.stream().filter(problem -> !reported.contains(problem.field())).forEach(problems::add);
	}

	private static Evaluated evaluated(SpreadsheetReader.Line line, String label, @Nullable UUID match,
			List<FieldProblem> problems, @Nullable CountryCode country, Object details) {
		if (!problems.isEmpty() || country == null) {
			return new Evaluated(new CountryImportRow(line.number(), label, Outcome.INVALID, null, problems), null,
					null);
		}
		return new Evaluated(new CountryImportRow(line.number(), label, match == null ? Outcome.NEW : Outcome.MATCH,
				match, List.of()), country, details);
	}

}
