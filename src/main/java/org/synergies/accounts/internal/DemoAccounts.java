package org.synergies.accounts.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.synergies.accounts.AccountManagement;
import org.synergies.accounts.Role;
import org.synergies.audit.AuditTrail;
import org.synergies.shared.CountryCode;
import org.synergies.shared.Language;
import org.synergies.system.DemoData;

/**
 * One account per role, with the passwords and API tokens listed in the README. Seeded
 * once, on the embedded default database only.
 */
@Component
@DemoData
@Order(10)
class DemoAccounts implements ApplicationRunner {

	static final String PASSWORD = "synergies-demo";

	private static final Logger log = LoggerFactory.getLogger(DemoAccounts.class);

	record Demo(String email, String name, Language language, Set<Role> roles, @Nullable CountryCode country,
			String token) {
	}

	static final Set<Demo> ACCOUNTS = Set.of(
			new Demo("admin@synergies.example", "Ana Administrator", Language.EN, Set.of(Role.SECRETARIAT_ADMIN), null,
					"syn_demo-admin-token"),
			new Demo("officer@synergies.example", "Olivier Officier", Language.FR, Set.of(Role.SECRETARIAT_OFFICER),
					null, "syn_demo-officer-token"),
			new Demo("member@synergies.example", "Marta Miembro", Language.ES, Set.of(), null, "syn_demo-member-token"),
			new Demo("birdlife@synergies.example", "Bongani Bird", Language.EN, Set.of(), null,
					"syn_demo-birdlife-token"),
			new Demo("oceancare@synergies.example", "Odile Océan", Language.FR, Set.of(), null,
					"syn_demo-oceancare-token"),
			new Demo("stc@synergies.example", "Samuel Standing", Language.EN, Set.of(Role.STANDING_COMMITTEE_MEMBER),
					null, "syn_demo-stc-token"),
			new Demo("focalpoint@synergies.example", "Priya Focal", Language.EN, Set.of(Role.NATIONAL_FOCAL_POINT),
					CountryCode.of("IN"), "syn_demo-focalpoint-token"),
			new Demo("translator@synergies.example", "Thérèse Traductrice", Language.FR, Set.of(Role.TRANSLATOR), null,
					"syn_demo-translator-token"));

	private final Accounts accounts;

	private final TokenRegistry tokens;

	private final PasswordEncoder encoder;

	private final AuditTrail audit;

	private final Clock clock;

	DemoAccounts(Accounts accounts, TokenRegistry tokens, PasswordEncoder encoder, AuditTrail audit, Clock clock) {
		this.accounts = accounts;
		this.tokens = tokens;
		this.encoder = encoder;
		this.audit = audit;
		this.clock = clock;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments arguments) {
		if (this.accounts.count() > 0) {
			return;
		}
		Instant now = Instant.now(this.clock);
		for (Demo demo : ACCOUNTS) {
			Account account = Account.invite(demo.email(), demo.name(), demo.language(), demo.roles(), Set.of(),
					demo.country(), now);
			account.activate(this.encoder.encode(PASSWORD), now);
			account = this.accounts.save(account);
			this.audit.record(AccountManagement.AUDITED_AS, account.id(), "created", null, account.view());
			this.tokens.register(account.id(), "Demo token", demo.token(), now);
		}
		log.info("Demo data: {} accounts seeded (password '{}')", ACCOUNTS.size(), PASSWORD);
	}

}
