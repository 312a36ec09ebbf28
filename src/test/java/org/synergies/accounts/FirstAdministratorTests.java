package org.synergies.accounts;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.synergies.messaging.Outbox;
import org.synergies.support.DatabaseTest;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(properties = { "synergies.first-administrator=head.of.partnerships@cms.example",
		"synergies.first-administrator-language=FR" })
@DatabaseTest
class FirstAdministratorTests {

	@Autowired
	AccountManagement accounts;

	@Autowired
	Outbox outbox;

	@Test
	void anEmptyDatabaseInvitesTheConfiguredFirstAdministrator() {
		AccountView first = this.accounts.findByEmail("head.of.partnerships@cms.example").orElseThrow();

		assertThat(first.roles()).containsExactly(Role.SECRETARIAT_ADMIN);
		assertThat(first.status()).isEqualTo(AccountStatus.INVITED);
		assertThat(this.outbox.sentTo(first.email())).singleElement()
			.satisfies(mail -> assertThat(mail.subject()).isEqualTo("Votre invitation à Synergies"));
	}

}
