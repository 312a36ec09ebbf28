package org.synergies.messaging;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.synergies.shared.Language;
import org.synergies.support.TestAccounts;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Without an SMTP server (the embedded default) a message is kept in the outbox and never
 * sent: its single-use link is not kept anywhere, so no administrator can read it.
 */
@SpringBootTest(properties = "spring.mail.host=false")
class OutboxWithoutSmtpTests {

	@Autowired
	Outbox outbox;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aKeptMessageKeepsNoSecret() {
		String address = TestAccounts.uniqueEmail("kept");
		UUID id = this.transactions
			.execute(status -> this.outbox.send(OutgoingMail.to(address, Language.EN, "invitation")
				.with("name", "Kim")
				.withSecret("link", "https://synergies.example/invitation?token=kept-secret")
				.with("days", 7)));

		assertThat(this.outbox.sentTo(address)).singleElement().satisfies(mail -> {
			assertThat(mail.status()).isEqualTo(SentMail.Status.KEPT);
			assertThat(mail.carriesSecret()).isTrue();
		});
		assertThat(this.jdbc
			.sql("SELECT count(*) FROM outbound_mail WHERE id = :id AND secrets IS NULL "
					+ "AND body NOT LIKE '%kept-secret%'")
			.param("id", id)
			.query(Long.class)
			.single()).isEqualTo(1);
	}

}
