package org.synergies.accounts.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.StreamSupport;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.synergies.accounts.AccountFilter;
import org.synergies.accounts.AccountPage;
import org.synergies.accounts.AccountView;

/**
 * The administrators' list of accounts: filtered and paged in SQL, then loaded as
 * aggregates for the page shown.
 */
@Component
class AccountQueries {

	private final JdbcClient jdbc;

	private final Accounts accounts;

	AccountQueries(JdbcClient jdbc, Accounts accounts) {
		this.jdbc = jdbc;
		this.accounts = accounts;
	}

	public AccountPage list(AccountFilter filter, int page, int size) {
		StringBuilder where = new StringBuilder(" WHERE 1 = 1");
		List<Object> parameters = new ArrayList<>();
		if (filter.text() != null && !filter.text().isBlank()) {
			where.append(" AND (lower(a.display_name) LIKE ? OR a.email_key LIKE ?)");
			String pattern = "%" + filter.text().trim().toLowerCase(Locale.ROOT).replace("%", "\\%").replace("_", "\\_")
					+ "%";
			parameters.add(pattern);
			parameters.add(pattern);
		}
		if (filter.role() != null) {
			where.append(" AND EXISTS (SELECT 1 FROM account_role r WHERE r.account_id = a.id AND r.role = ?)");
			parameters.add(filter.role().name());
		}
		if (filter.status() != null) {
			where.append(" AND a.status = ?");
			parameters.add(filter.status().name());
		}
		long total = this.jdbc.sql("SELECT count(*) FROM account a" + where)
			.params(parameters)
			.query(Long.class)
			.single();
		List<Object> paged = new ArrayList<>(parameters);
		paged.add(size);
		paged.add((long) page * size);
		List<UUID> ids = this.jdbc
			.sql("SELECT a.id FROM account a" + where + " ORDER BY lower(a.display_name), a.id LIMIT ? OFFSET ?")
			.params(paged)
			.query(UUID.class)
			.list();
		List<AccountView> views = StreamSupport.stream(this.accounts.findAllById(ids).spliterator(), false)
			.map(Account::view)
			.sorted((a, b) -> Integer.compare(ids.indexOf(a.id()), ids.indexOf(b.id())))
			.toList();
		return new AccountPage(views, page, size, total);
	}

	public List<UUID> activeAdministrators() {
		return this.jdbc.sql("""
				SELECT a.id FROM account a JOIN account_role r ON r.account_id = a.id
				WHERE r.role = 'SECRETARIAT_ADMIN' AND a.status = 'ACTIVE'
				""").query(UUID.class).list();
	}

}
