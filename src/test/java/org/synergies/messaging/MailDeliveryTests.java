package org.synergies.messaging;

import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.support.TransactionTemplate;
import org.synergies.shared.Language;
import org.synergies.support.DatabaseTest;
import org.synergies.support.TestAccounts;
import org.synergies.support.TestMail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * E-mail reaches a real SMTP server, written in the recipient's language, and the outbox
 * records that it was sent.
 */
@SpringBootTest
@DatabaseTest
class MailDeliveryTests {

	@Autowired
	Outbox outbox;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void deliversQueuedMailOverSmtpInTheRecipientsLanguage() throws Exception {
		String address = TestAccounts.uniqueEmail("smtp");
		this.transactions
			.executeWithoutResult(status -> this.outbox.send(OutgoingMail.to(address, Language.ES, "invitation")
				.with("name", "Lucía")
				.with("link", "https://synergies.example/invitation?token=abc")
				.with("days", 7)));

		MimeMessage message = TestMail.awaitMessage(address, 0);
		assertThat(message.getSubject()).isEqualTo("Su invitación a Synergies");
		assertThat(message.getHeader("Content-Language")).containsExactly("es");
		assertThat(TestMail.body(message)).contains("Estimado/a Lucía:",
				"https://synergies.example/invitation?token=abc", "válido durante 7 días");
		await().untilAsserted(() -> assertThat(this.outbox.sentTo(address)).singleElement()
			.satisfies(sent -> assertThat(sent.status()).isEqualTo(SentMail.Status.SENT)));
	}

	@Test
	void aRolledBackChangeSendsNoMail() {
		String address = TestAccounts.uniqueEmail("rollback");
		this.transactions.executeWithoutResult(status -> {
			this.outbox.send(OutgoingMail.to(address, Language.EN, "password-changed").with("name", "Nobody"));
			status.setRollbackOnly();
		});

		assertThat(this.outbox.sentTo(address)).isEmpty();
	}

}
