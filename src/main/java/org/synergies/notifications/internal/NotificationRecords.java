package org.synergies.notifications.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.synergies.notifications.Addressee;
import org.synergies.notifications.AddresseeCategory;
import org.synergies.notifications.AddresseeKind;
import org.synergies.notifications.NotificationStatus;
import org.synergies.notifications.NotificationView;
import org.synergies.shared.Language;

/**
 * Notifications and their addressees, written with plain SQL: an edit names the version
 * it was made on and changes nothing when the row moved on since.
 */
@Repository
public class NotificationRecords {

	private static final String COLUMNS = "id, instrument, number_year, number_seq, dated, deadline, title_en, title_fr, "
			+ "title_es, text_en, text_fr, text_es, file_en, file_fr, file_es, action_en, action_fr, action_es, "
			+ "categories, named_countries, named_organizations, mandate_paragraphs, status, issued_at, version";

	private final JdbcClient jdbc;

	NotificationRecords(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A draft; named addressees are kept as "kind:ref:name" lines. */
	public void insert(NotificationView draft, @Nullable UUID createdBy, Instant now) {
		content(this.jdbc.sql("INSERT INTO notification (" + COLUMNS.replace(", version", "")
				+ ", created_by, created_at, updated_at, version) VALUES (:id, :instrument, NULL, NULL, :dated, "
				+ ":deadline, :titleEn, :titleFr, :titleEs, :textEn, :textFr, :textEs, :fileEn, :fileFr, :fileEs, "
				+ ":actionEn, :actionFr, :actionEs, :categories, :countries, :organizations, :paragraphs, :status, "
				+ "NULL, :createdBy, :now, :now, 0)"), draft)
			.param("status", NotificationStatus.DRAFT.name())
			.param("createdBy", createdBy)
			.param("now", at(now))
			.update();
	}

	/** A draft's content as the parameters of its INSERT and UPDATE. */
	private static JdbcClient.StatementSpec content(JdbcClient.StatementSpec statement, NotificationView draft) {
		return statement.param("id", draft.id())
			.param("instrument", draft.instrument())
			.param("dated", draft.dated())
			.param("deadline", draft.deadline())
			.param("titleEn", draft.titleEn())
			.param("titleFr", draft.titleFr())
			.param("titleEs", draft.titleEs())
			.param("textEn", draft.textEn())
			.param("textFr", draft.textFr())
			.param("textEs", draft.textEs())
			.param("fileEn", draft.fileEn())
			.param("fileFr", draft.fileFr())
			.param("fileEs", draft.fileEs())
			.param("actionEn", draft.actionEn())
			.param("actionFr", draft.actionFr())
			.param("actionEs", draft.actionEs())
			.param("categories", String.join(",", draft.categories().stream().map(Enum::name).sorted().toList()))
			.param("countries", named(draft.named(), AddresseeKind.COUNTRY))
			.param("organizations", named(draft.named(), AddresseeKind.ORGANIZATION))
			.param("paragraphs", String.join("\n", draft.mandateParagraphs()));
	}

	/** Replaces a draft's content; refused when it changed since {@code version}. */
	public void update(NotificationView draft, long version, Instant now) {
		int updated = content(this.jdbc.sql("UPDATE notification SET instrument = :instrument, dated = :dated, "
				+ "deadline = :deadline, title_en = :titleEn, title_fr = :titleFr, title_es = :titleEs, "
				+ "text_en = :textEn, text_fr = :textFr, text_es = :textEs, file_en = :fileEn, file_fr = :fileFr, "
				+ "file_es = :fileEs, action_en = :actionEn, action_fr = :actionFr, action_es = :actionEs, "
				+ "categories = :categories, named_countries = :countries, named_organizations = :organizations, "
				+ "mandate_paragraphs = :paragraphs, updated_at = :now, version = version + 1 "
				+ "WHERE id = :id AND version = :version AND status = 'DRAFT'"), draft)
			.param("now", at(now))
			.param("version", version)
			.update();
		if (updated == 0) {
			throw new OptimisticLockingFailureException("notification " + draft.id() + " is not at " + version);
		}
	}

	/** The next number of the instrument's secretariat in the year. */
	public int nextNumber(String instrument, int year) {
		return this.jdbc
			.sql("SELECT COALESCE(MAX(number_seq), 0) FROM notification WHERE instrument = :instrument "
					+ "AND number_year = :year")
			.param("instrument", instrument)
			.param("year", year)
			.query(Integer.class)
			.single() + 1;
	}

	/** Issues a draft under its number; refused when it changed since {@code version}. */
	public void issue(UUID id, long version, int year, int sequence, Instant now) {
		int updated = this.jdbc
			.sql("UPDATE notification SET status = 'ISSUED', number_year = :year, "
					+ "number_seq = :sequence, issued_at = :now, updated_at = :now, version = version + 1 "
					+ "WHERE id = :id AND version = :version AND status = 'DRAFT'")
			.param("id", id)
			.param("version", version)
			.param("year", year)
			.param("sequence", sequence)
			.param("now", at(now))
			.update();
		if (updated == 0) {
			throw new OptimisticLockingFailureException("notification " + id + " is not a draft at " + version);
		}
	}

	public Optional<NotificationView> find(UUID id) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM notification WHERE id = :id")
			.param("id", id)
			.query(NotificationRecords::view)
			.optional();
	}

	public Optional<NotificationView> findByNumber(String instrument, int year, int sequence) {
		return this.jdbc
			.sql("SELECT " + COLUMNS + " FROM notification WHERE instrument = :instrument AND number_year = :year "
					+ "AND number_seq = :sequence")
			.param("instrument", instrument)
			.param("year", year)
			.param("sequence", sequence)
			.query(NotificationRecords::view)
			.optional();
	}

	/** Issued ones, newest first; drafts too when asked. */
	public List<NotificationView> list(boolean drafts) {
		return this.jdbc
			.sql("SELECT " + COLUMNS + " FROM notification" + (drafts ? "" : " WHERE status = 'ISSUED'")
					+ " ORDER BY dated DESC, number_year DESC, number_seq DESC, created_at DESC")
			.query(NotificationRecords::view)
			.list();
	}

	/** Issued ones whose deadline falls within these days (inclusive). */
	public List<NotificationView> dueBetween(LocalDate from, LocalDate until) {
		return this.jdbc
			.sql("SELECT " + COLUMNS + " FROM notification WHERE status = 'ISSUED' AND deadline >= :from "
					+ "AND deadline <= :until")
			.param("from", from)
			.param("until", until)
			.query(NotificationRecords::view)
			.list();
	}

	public void addAddressee(UUID notification, Addressee addressee, String via) {
		this.jdbc
			.sql("INSERT INTO notification_addressee (notification_id, kind, ref, name, via) "
					+ "VALUES (:notification, :kind, :ref, :name, :via)")
			.param("notification", notification)
			.param("kind", addressee.kind().name())
			.param("ref", addressee.ref())
			.param("name", addressee.name())
			.param("via", via)
			.update();
	}

	/** The addressees of an issued notification with how each was addressed. */
	public List<AddresseeRow> addressees(UUID notification) {
		return this.jdbc
			.sql("SELECT kind, ref, name, via FROM notification_addressee WHERE notification_id = :notification "
					+ "ORDER BY kind, name")
			.param("notification", notification)
			.query((rs,
					row) -> new AddresseeRow(new Addressee(AddresseeKind.valueOf(rs.getString("kind")),
							rs.getString("ref"), rs.getString("name")), rs.getString("via")))
			.list();
	}

	/** The issued notifications addressed to this country or organization. */
	public List<NotificationView> addressedTo(AddresseeKind kind, String ref) {
		return this.jdbc
			.sql("SELECT " + COLUMNS.replaceAll("(^|, )", "$1n.")
					+ " FROM notification n JOIN notification_addressee a "
					+ "ON a.notification_id = n.id WHERE a.kind = :kind AND a.ref = :ref "
					+ "ORDER BY n.dated DESC, n.number_seq DESC")
			.param("kind", kind.name())
			.param("ref", ref)
			.query(NotificationRecords::view)
			.list();
	}

	/** An addressee and how it was addressed. */
	public record AddresseeRow(Addressee addressee, String via) {
	}

	private static String named(List<Addressee> named, AddresseeKind kind) {
		return String.join("\n",
				named.stream()
					.filter(addressee -> addressee.kind() == kind)
					.map(addressee -> addressee.ref() + "\t" + addressee.name())
					.toList());
	}

	private static List<Addressee> named(String lines, AddresseeKind kind) {
		List<Addressee> named = new ArrayList<>();
		for (String line : lines.split("\n")) {
			if (!line.isBlank()) {
				int tab = line.indexOf('\t');
				named.add(new Addressee(kind, line.substring(0, tab), line.substring(tab + 1)));
			}
		}
		return named;
	}

	static OffsetDateTime at(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

	private static NotificationView view(ResultSet rs, int row) throws SQLException {
		String instrument = rs.getString("instrument");
		int year = rs.getInt("number_year");
		boolean numbered = !rs.wasNull();
		int sequence = rs.getInt("number_seq");
		String number = numbered ? number(year, sequence) : null;
		String slug = numbered ? slug(instrument, year, sequence) : null;
		Set<AddresseeCategory> categories = EnumSet.noneOf(AddresseeCategory.class);
		Arrays.stream(rs.getString("categories").split(","))
			.filter(name -> !name.isBlank())
			.forEach(name -> categories.add(AddresseeCategory.valueOf(name)));
		List<Addressee> named = new ArrayList<>(named(rs.getString("named_countries"), AddresseeKind.COUNTRY));
		named.addAll(named(rs.getString("named_organizations"), AddresseeKind.ORGANIZATION));
		OffsetDateTime issuedAt = rs.getObject("issued_at", OffsetDateTime.class);
		return new NotificationView(rs.getObject("id", UUID.class), instrument, number, slug,
				rs.getObject("dated", LocalDate.class), rs.getObject("deadline", LocalDate.class),
				rs.getString("title_en"), rs.getString("title_fr"), rs.getString("title_es"), rs.getString("text_en"),
				rs.getString("text_fr"), rs.getString("text_es"), rs.getString("action_en"), rs.getString("action_fr"),
				rs.getString("action_es"), rs.getObject("file_en", UUID.class), rs.getObject("file_fr", UUID.class),
				rs.getObject("file_es", UUID.class), Set.copyOf(categories), List.copyOf(named),
				Arrays.stream(rs.getString("mandate_paragraphs").split("\n")).filter(line -> !line.isBlank()).toList(),
				NotificationStatus.valueOf(rs.getString("status")), issuedAt == null ? null : issuedAt.toInstant(),
				rs.getLong("version"));
	}

	/** {@code 2018/008}. */
	public static String number(int year, int sequence) {
		return year + "/" + String.format("%03d", sequence);
	}

	/**
	 * {@code 2018-008} for the Convention's secretariat, {@code aewa-2018-008} for
	 * others.
	 */
	public static String slug(String instrument, int year, int sequence) {
		String plain = year + "-" + String.format("%03d", sequence);
		return "CMS".equals(instrument) ? plain : instrument.toLowerCase(java.util.Locale.ROOT) + "-" + plain;
	}

	/** The language of a stored code. */
	static Language language(String code) {
		return Language.fromCode(code).orElse(Language.EN);
	}

}
