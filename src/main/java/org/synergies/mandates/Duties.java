package org.synergies.mandates;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.synergies.audit.AuditTrail;
import org.synergies.shared.FieldProblem;
import org.synergies.shared.InvalidInputException;
import org.synergies.shared.NotFoundException;
import org.synergies.system.CurrentActor;

/**
 * Who must do what: the addressees and implementation status of a text and of each of its
 * operative paragraphs, and the Secretariat's dated notes on what was done (a note is
 * never dated in the future). Read by whoever may read the text; written by the
 * Secretariat (its pages and API guard that), audited, and refused on a stale version.
 */
@Service
public class Duties {

	static final String AUDITED_AS = "mandate-duty";

	private static final int NOTE_LENGTH = 4000;

	private final Mandates mandates;

	private final JdbcClient jdbc;

	private final AuditTrail audit;

	private final Clock clock;

	Duties(Mandates mandates, JdbcClient jdbc, AuditTrail audit, Clock clock) {
		this.mandates = mandates;
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = clock;
	}

	/** The text's own duty (none for the paragraph), as the reader may see it. */
	@Transactional(readOnly = true)
	public Duty of(UUID mandate) {
		return of(mandate, null);
	}

	@Transactional(readOnly = true)
	public Duty of(UUID mandate, @Nullable ParagraphNumber paragraph) {
		this.mandates.require(mandate);
		return read(mandate, paragraph);
	}

	/**
	 * The duties of the text and of its operative paragraphs, keyed "" for the text and
	 * "6.bis" for a paragraph; paragraphs in reading order.
	 */
	@Transactional(readOnly = true)
	public Map<String, Duty> all(UUID mandate) {
		MandateView text = this.mandates.require(mandate);
		Map<String, Duty> duties = new LinkedHashMap<>();
		duties.put("", read(mandate, null));
		operative(text).forEach(number -> duties.put(number.toString(), read(mandate, number)));
		return duties;
	}

	/**
	 * Records who must act and how far it is done.
	 * @param version the duty's version as read (0 when never described)
	 */
	@Transactional
	public Duty assign(UUID mandate, @Nullable ParagraphNumber paragraph, @Nullable Set<Addressee> addressees,
			@Nullable ImplementationStatus status, long version) {
		MandateView text = this.mandates.require(mandate);
		requireParagraph(text, paragraph);
		List<FieldProblem> problems = new ArrayList<>();
		if (addressees == null || addressees.isEmpty()) {
			problems.add(new FieldProblem("addressees", "validation.choose"));
		}
		if (status == null) {
			problems.add(new FieldProblem("status", "validation.choose"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		Duty before = read(mandate, paragraph);
		if (before.version() != version) {
			throw stale(mandate);
		}
		String key = key(paragraph);
		String codes = addressees.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
		Instant now = now();
		if (version == 0) {
			try {
				this.jdbc.sql(
						"INSERT INTO mandate_duty (mandate_id, paragraph_number, addressees, status, updated_at, version)"
								+ " VALUES (:mandate, :paragraph, :addressees, :status, :now, 1)")
					.param("mandate", mandate)
					.param("paragraph", key)
					.param("addressees", codes)
					.param("status", status.name())
					.param("now", Timestamp.from(now))
					.update();
			}
			catch (DuplicateKeyException taken) {
				throw stale(mandate);
			}
		}
		else {
			int updated = this.jdbc
				.sql("UPDATE mandate_duty SET addressees = :addressees, status = :status, updated_at = :now,"
						+ " version = version + 1 WHERE mandate_id = :mandate AND paragraph_number = :paragraph"
						+ " AND version = :version")
				.param("mandate", mandate)
				.param("paragraph", key)
				.param("addressees", codes)
				.param("status", status.name())
				.param("now", Timestamp.from(now))
				.param("version", version)
				.update();
			if (updated == 0) {
				throw stale(mandate);
			}
		}
		Duty after = read(mandate, paragraph);
		this.audit.record(AUDITED_AS, mandate, "duty-assigned", before, after);
		return after;
	}

	/**
	 * Adds a dated note, in one language or more; refused when dated after today.
	 */
	@Transactional
	public Duty note(UUID mandate, @Nullable ParagraphNumber paragraph, @Nullable LocalDate notedOn,
			@Nullable String textEn, @Nullable String textFr, @Nullable String textEs) {
		MandateView text = this.mandates.require(mandate);
		requireParagraph(text, paragraph);
		List<FieldProblem> problems = new ArrayList<>();
		if (notedOn == null) {
			problems.add(new FieldProblem("notedOn", "validation.required"));
		}
		else if (notedOn.isAfter(LocalDate.now(this.clock))) {
			problems.add(new FieldProblem("notedOn", "mandates.duty.note.future"));
		}
		String en = blankless(textEn);
		String fr = blankless(textFr);
		String es = blankless(textEs);
		if (en == null && fr == null && es == null) {
			problems.add(new FieldProblem("textEn", "mandates.duty.note.empty"));
		}
		for (var entry : Map
			.of("textEn", en == null ? "" : en, "textFr", fr == null ? "" : fr, "textEs", es == null ? "" : es)
			.entrySet()) {
			if (entry.getValue().length() > NOTE_LENGTH) {
				problems.add(new FieldProblem(entry.getKey(), "validation.too-long-n", NOTE_LENGTH));
			}
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		DutyNote note = new DutyNote(UUID.randomUUID(), notedOn, en, fr, es,
				CurrentActor.get().map(actor -> actor.actorName()).orElse("system"), now());
		this.jdbc
			.sql("INSERT INTO mandate_duty_note (id, mandate_id, paragraph_number, noted_on, text_en, text_fr, text_es,"
					+ " written_by, created_at) VALUES (:id, :mandate, :paragraph, :notedOn, :en, :fr, :es, :by, :at)")
			.param("id", note.id())
			.param("mandate", mandate)
			.param("paragraph", key(paragraph))
			.param("notedOn", note.notedOn())
			.param("en", en)
			.param("fr", fr)
			.param("es", es)
			.param("by", note.writtenBy())
			.param("at", Timestamp.from(note.createdAt()))
			.update();
		this.audit.record(AUDITED_AS, mandate, "duty-noted", null, note);
		return read(mandate, paragraph);
	}

	/** The operative paragraph numbers of a text, in reading order. */
	static List<ParagraphNumber> operative(MandateView text) {
		return text.paragraphs()
			.stream()
			.filter(paragraph -> paragraph.kind() == ParagraphKind.OPERATIVE)
			.map(ParagraphView::paragraphNumber)
			.distinct()
			.sorted()
			.toList();
	}

	static void requireParagraph(MandateView text, @Nullable ParagraphNumber paragraph) {
		if (paragraph != null && !operative(text).contains(paragraph)) {
			throw new NotFoundException("paragraph", paragraph.toString());
		}
	}

	private Duty read(UUID mandate, @Nullable ParagraphNumber paragraph) {
		String key = key(paragraph);
		List<DutyNote> notes = this.jdbc
			.sql("SELECT id, noted_on, text_en, text_fr, text_es, written_by, created_at FROM mandate_duty_note"
					+ " WHERE mandate_id = :mandate AND paragraph_number = :paragraph ORDER BY noted_on DESC, created_at DESC")
			.param("mandate", mandate)
			.param("paragraph", key)
			.query((rs, row) -> new DutyNote(rs.getObject("id", UUID.class), rs.getObject("noted_on", LocalDate.class),
					rs.getString("text_en"), rs.getString("text_fr"), rs.getString("text_es"),
					rs.getString("written_by"), rs.getTimestamp("created_at").toInstant()))
			.list();
		return this.jdbc
			.sql("SELECT addressees, status, version FROM mandate_duty WHERE mandate_id = :mandate"
					+ " AND paragraph_number = :paragraph")
			.param("mandate", mandate)
			.param("paragraph", key)
			.query((rs, row) -> new Duty(mandate, paragraph, addressees(rs.getString("addressees")),
					ImplementationStatus.valueOf(rs.getString("status")), notes, rs.getLong("version")))
			.optional()
			.orElseGet(() -> new Duty(mandate, paragraph, Set.of(), ImplementationStatus.NOT_STARTED, notes, 0));
	}

	private static Set<Addressee> addressees(String codes) {
		Set<Addressee> addressees = EnumSet.noneOf(Addressee.class);
		Arrays.stream(codes.split(","))
			.filter(code -> !code.isBlank())
			.map(Addressee::valueOf)
			.forEach(addressees::add);
		return addressees;
	}

	static String key(@Nullable ParagraphNumber paragraph) {
		return paragraph == null ? "" : paragraph.toString();
	}

	private static OptimisticLockingFailureException stale(UUID mandate) {
		return new OptimisticLockingFailureException("the duties of mandate " + mandate + " changed since");
	}

	private Instant now() {
		return Instant.now(this.clock).truncatedTo(ChronoUnit.MICROS);
	}

	private static @Nullable String blankless(@Nullable String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

}
