package org.synergies.notifications.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.synergies.notifications.Addressee;
import org.synergies.notifications.AddresseeKind;
import org.synergies.notifications.ContributionChannel;
import org.synergies.notifications.ContributionView;
import org.synergies.notifications.ContributionView.ContributionFile;

/**
 * Contributions, the parties they are made on behalf of, their revisions and files.
 * Replacing one keeps the revision before (text, language, files) and names the version
 * the sender saw.
 */
@Repository
public class ContributionRecords {

	private static final String COLUMNS = "id, notification_id, sender_kind, sender_ref, sender_name, reply_to, "
			+ "account_id, channel, language, body, received_on, late, unsolicited, withheld, revision, updated_at, "
			+ "version";

	private final JdbcClient jdbc;

	ContributionRecords(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A new contribution, its parties and its first revision. */
	public void insert(ContributionView contribution, @Nullable UUID account, @Nullable UUID recordedBy) {
		this.jdbc
			.sql("INSERT INTO notification_contribution (" + COLUMNS
					+ ", recorded_by, created_at) VALUES (:id, :notification, :senderKind, :senderRef, :senderName, "
					+ ":replyTo, :account, :channel, :language, :body, :receivedOn, :late, :unsolicited, :withheld, 1, "
					+ ":now, 0, :recordedBy, :now)")
			.param("id", contribution.id())
			.param("notification", contribution.notification())
			.param("senderKind", contribution.sender().kind().name())
			.param("senderRef", contribution.sender().ref())
			.param("senderName", contribution.sender().name())
			.param("replyTo", contribution.replyTo())
			.param("account", account)
			.param("channel", contribution.channel().name())
			.param("language", contribution.language())
			.param("body", contribution.text())
			.param("receivedOn", contribution.receivedOn())
			.param("late", contribution.late())
			.param("unsolicited", contribution.unsolicited())
			.param("withheld", contribution.withheld())
			.param("recordedBy", recordedBy)
			.param("now", NotificationRecords.at(contribution.updatedAt()))
			.update();
		for (Addressee party : contribution.onBehalf()) {
			this.jdbc
				.sql("INSERT INTO notification_contribution_party (contribution_id, kind, ref, name) "
						+ "VALUES (:id, :kind, :ref, :name)")
				.param("id", contribution.id())
				.param("kind", party.kind().name())
				.param("ref", party.ref())
				.param("name", party.name())
				.update();
		}
		revision(contribution, account);
	}

	/**
	 * The sender's new text, language and files; refused when the contribution changed
	 * since {@code version}.
	 */
	public void replace(ContributionView contribution, long version, @Nullable UUID madeBy) {
		int updated = this.jdbc
			.sql("UPDATE notification_contribution SET language = :language, body = :body, "
					+ "late = :late, withheld = :withheld, revision = :revision, updated_at = :now, "
					+ "version = version + 1 WHERE id = :id AND version = :version")
			.param("id", contribution.id())
			.param("language", contribution.language())
			.param("body", contribution.text())
			.param("late", contribution.late())
			.param("withheld", contribution.withheld())
			.param("revision", contribution.revision())
			.param("now", NotificationRecords.at(contribution.updatedAt()))
			.param("version", version)
			.update();
		if (updated == 0) {
			throw new OptimisticLockingFailureException("contribution " + contribution.id() + " is not at " + version);
		}
		revision(contribution, madeBy);
	}

	private void revision(ContributionView contribution, @Nullable UUID madeBy) {
		this.jdbc
			.sql("INSERT INTO notification_contribution_revision (contribution_id, revision, language, body, "
					+ "late, made_by, made_at) VALUES (:id, :revision, :language, :body, :late, :madeBy, :now)")
			.param("id", contribution.id())
			.param("revision", contribution.revision())
			.param("language", contribution.language())
			.param("body", contribution.text())
			.param("late", contribution.late())
			.param("madeBy", madeBy)
			.param("now", NotificationRecords.at(contribution.updatedAt()))
			.update();
		for (ContributionFile file : contribution.files()) {
			this.jdbc
				.sql("INSERT INTO notification_contribution_file (contribution_id, revision, file_id, name) "
						+ "VALUES (:id, :revision, :file, :name)")
				.param("id", contribution.id())
				.param("revision", contribution.revision())
				.param("file", file.id())
				.param("name", file.name())
				.update();
		}
	}

	public Optional<ContributionView> find(UUID id) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM notification_contribution WHERE id = :id")
			.param("id", id)
			.query(this::view)
			.optional();
	}

	public @Nullable UUID accountOf(UUID contribution) {
		return this.jdbc.sql("SELECT account_id FROM notification_contribution WHERE id = :id")
			.param("id", contribution)
			.query(UUID.class)
			.optional()
			.orElse(null);
	}

	/** A notification's contributions, in the order received. */
	public List<ContributionView> of(UUID notification) {
		return this.jdbc
			.sql("SELECT " + COLUMNS + " FROM notification_contribution WHERE notification_id = :notification "
					+ "ORDER BY received_on, updated_at")
			.param("notification", notification)
			.query(this::view)
			.list();
	}

	/** The revisions before the current one: revision number → language and text. */
	public List<Revision> revisions(UUID contribution) {
		return this.jdbc
			.sql("SELECT revision, language, body, late, made_at FROM notification_contribution_revision "
					+ "WHERE contribution_id = :id ORDER BY revision")
			.param("id", contribution)
			.query((rs, row) -> new Revision(rs.getInt("revision"), rs.getString("language"), rs.getString("body"),
					rs.getBoolean("late"), rs.getObject("made_at", OffsetDateTime.class).toInstant()))
			.list();
	}

	/** A revision of a contribution, as it was. */
	public record Revision(int number, String language, @Nullable String text, boolean late, Instant madeAt) {
	}

	private ContributionView view(ResultSet rs, int row) throws SQLException {
		UUID id = rs.getObject("id", UUID.class);
		int revision = rs.getInt("revision");
		return new ContributionView(id, rs.getObject("notification_id", UUID.class),
				new Addressee(AddresseeKind.valueOf(rs.getString("sender_kind")), rs.getString("sender_ref"),
						rs.getString("sender_name")),
				parties(id), rs.getString("reply_to"), ContributionChannel.valueOf(rs.getString("channel")),
				rs.getString("language"), rs.getString("body"), rs.getObject("received_on", LocalDate.class),
				rs.getBoolean("late"), rs.getBoolean("unsolicited"), rs.getBoolean("withheld"), revision,
				files(id, revision), rs.getObject("updated_at", OffsetDateTime.class).toInstant(),
				rs.getLong("version"));
	}

	private List<Addressee> parties(UUID contribution) {
		return this.jdbc
			.sql("SELECT kind, ref, name FROM notification_contribution_party WHERE contribution_id = :id "
					+ "ORDER BY name")
			.param("id", contribution)
			.query((rs, row) -> new Addressee(AddresseeKind.valueOf(rs.getString("kind")), rs.getString("ref"),
					rs.getString("name")))
			.list();
	}

	private List<ContributionFile> files(UUID contribution, int revision) {
		Map<UUID, ContributionFile> files = new LinkedHashMap<>();
		this.jdbc
			.sql("SELECT file_id, name FROM notification_contribution_file WHERE contribution_id = :id "
					+ "AND revision = :revision ORDER BY name")
			.param("id", contribution)
			.param("revision", revision)
			.query((rs, row) -> new ContributionFile(rs.getObject("file_id", UUID.class), rs.getString("name")))
			.list()
			.forEach(file -> files.put(file.id(), file));
		return new ArrayList<>(files.values());
	}

}
