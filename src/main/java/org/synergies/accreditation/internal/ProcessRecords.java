package org.synergies.accreditation.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.synergies.accreditation.WorkingGroupMember.Represents;

/**
 * Working group memberships.
 */
@Component
public class ProcessRecords {

	private final JdbcClient jdbc;

	ProcessRecords(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Membership rows; the façade adds each person's name from their account. */
	public record MembershipRow(UUID body, UUID account, Represents represents, @Nullable String country,
			@Nullable UUID organization, Instant addedAt) {
	}

	public List<MembershipRow> members(UUID body) {
		return this.jdbc.sql("""
				SELECT body_id, account_id, represents, country, organization_id, added_at
				FROM working_group_member WHERE body_id = :body ORDER BY added_at
				""")
			.param("body", body)
			.query((rs, row) -> new MembershipRow(rs.getObject("body_id", UUID.class),
					rs.getObject("account_id", UUID.class), Represents.valueOf(rs.getString("represents")),
					rs.getString("country"), rs.getObject("organization_id", UUID.class),
					rs.getObject("added_at", OffsetDateTime.class).toInstant()))
			.list();
	}

	public boolean isMember(UUID account) {
		return this.jdbc.sql("SELECT count(*) FROM working_group_member WHERE account_id = :account")
			.param("account", account)
			.query(Long.class)
			.single() > 0;
	}

	public void addMember(UUID body, UUID account, Represents represents, @Nullable String country,
			@Nullable UUID organization, Instant now) {
		this.jdbc.sql("DELETE FROM working_group_member WHERE body_id = :body AND account_id = :account")
			.param("body", body)
			.param("account", account)
			.update();
		this.jdbc.sql("""
				INSERT INTO working_group_member (body_id, account_id, represents, country, organization_id, added_at)
				VALUES (:body, :account, :represents, :country, :organization, :now)
				""")
			.param("body", body)
			.param("account", account)
			.param("represents", represents.name())
			.param("country", country)
			.param("organization", organization)
			.param("now", now.atOffset(ZoneOffset.UTC))
			.update();
	}

	public int removeMember(UUID body, UUID account) {
		return this.jdbc.sql("DELETE FROM working_group_member WHERE body_id = :body AND account_id = :account")
			.param("body", body)
			.param("account", account)
			.update();
	}

}
