package org.synergies.accounts.internal;

import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.synergies.accounts.AccountDetails;
import org.synergies.accounts.AccountManagement;
import org.synergies.accounts.Role;
import org.synergies.shared.Language;

/**
 * A new production database has no account, so nobody could invite anybody. When
 * {@code synergies.first-administrator} names an address and no account exists yet, that
 * person is invited as secretariat administrator (once; later starts change nothing).
 */
@Component
@Order(5)
class FirstAdministrator implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

	private final Accounts accounts;

	private final AccountManagement management;

	private final String email;

	private final Language language;

	FirstAdministrator(Accounts accounts, AccountManagement management,
			@Value("${synergies.first-administrator:}") String email,
			@Value("${synergies.first-administrator-language:EN}") Language language) {
		this.accounts = accounts;
		this.management = management;
		this.email = email;
		this.language = language;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments arguments) {
		if (this.email.isBlank() || this.accounts.count() > 0) {
			return;
		}
		this.management.invite(new AccountDetails(this.email, this.email, this.language, Set.of(Role.SECRETARIAT_ADMIN),
				Set.of(), null));
		log.warn("No account existed: {} has been invited as the first administrator (see the e-mail; the link is "
				+ "never kept in the outbox, so it reaches nobody without an SMTP server)", this.email);
	}

}
