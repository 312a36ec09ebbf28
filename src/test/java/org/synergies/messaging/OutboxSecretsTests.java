package org.synergies.messaging;

import java.util.Map;
import java.util.UUID;

import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.support.TransactionTemplate;
import org.synergies.accounts.AccountView;
import org.synergies.accounts.Role;
import org.synergies.shared.Language;
import org.synergies.support.DatabaseTest;
import org.synergies.support.TestAccounts;
import org.synergies.support.TestMail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A single-use link reaches its recipient over SMTP and nobody else: the outbox row and
 * the administrator's outbox pages show that a link was sent, never the link, and the
 * secret kept for delivery is erased once the message is sent.
 */
@SpringBootTest
@AutoConfigureMockMvc
@DatabaseTest
class OutboxSecretsTests {

	static final String LINK = "https://synergies.example/password/reset?token=";

	@Autowired
	Outbox outbox;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestAccounts fixtures;

	@Test
	void theLinkIsDeliveredButNeverKeptReadable() throws Exception {
		String address = TestAccounts.uniqueEmail("secret");
		String secret = "s3cr3t-" + UUID.randomUUID();
		UUID id = this.transactions
			.execute(status -> this.outbox.send(OutgoingMail.to(address, Language.FR, "password-reset")
				.with("name", "Léa")
				.withSecret("link", LINK + secret)
				.with("minutes", 60)));

		assertThat(row(id).get("body")).asString().doesNotContain(secret).contains("{{secret:link}}");

		MimeMessage message = TestMail.awaitMessage(address, 0);
		assertThat(TestMail.body(message)).contains(LINK + secret).doesNotContain("{{secret");
		await().untilAsserted(() -> assertThat(row(id)).containsEntry("status", "SENT").containsEntry("secrets", null));
		assertThat(row(id).get("body")).asString().doesNotContain(secret);

		AccountView admin = this.fixtures.active(Language.EN, Role.SECRETARIAT_ADMIN);
		assertThat(this.mvc.get().uri("/admin/outbox/" + id).with(TestAccounts.as(admin))).hasStatusOk()
			.bodyText()
			.doesNotContain(secret)
			.doesNotContain("{{secret")
			.contains("[single-use link, sent to the recipient only]",
					"The outbox never shows it and does not keep it once the message is sent.");
		assertThat(this.mvc.get().uri("/admin/outbox").with(TestAccounts.as(admin))).bodyText().doesNotContain(secret);
	}

	@Test
	void invitationsAndPasswordResetsKeepNoLinkInTheOutbox() {
		AccountView account = this.fixtures.active(Language.EN, Role.SECRETARIAT_OFFICER);
		String invitation = this.fixtures.linkToken(account.email());

		assertThat(this.outbox.sentTo(account.email())).isNotEmpty()
			.allSatisfy(mail -> assertThat(mail.body()).doesNotContain(invitation).doesNotContain("token="));
		assertThat(this.jdbc.sql("SELECT count(*) FROM outbound_mail WHERE body LIKE :secret")
			.param("secret", "%" + invitation + "%")
			.query(Long.class)
			.single()).isZero();
	}

	private Map<String, Object> row(UUID id) {
		return this.jdbc.sql("SELECT body, status, secrets FROM outbound_mail WHERE id = :id")
			.param("id", id)
			.query()
			.singleRow();
	}

}
