package org.synergies.support;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;

import static org.awaitility.Awaitility.await;

/**
 * A real SMTP server (GreenMail) for the whole test run: every test application context
 * delivers its e-mail to it. Tests read what reached one address.
 */
public final class TestMail {

	private static GreenMail server;

	private TestMail() {
	}

	public static synchronized int port() {
		if (server == null) {
			server = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
			server.start();
			Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
		}
		return server.getSmtp().getPort();
	}

	/** Every message received so far for this address. */
	public static List<MimeMessage> to(String address) {
		port();
		return Arrays.stream(server.getReceivedMessages()).filter(message -> isFor(message, address)).toList();
	}

	/**
	 * Waits (up to 10 s) for the next message to this address beyond those already
	 * counted.
	 */
	public static MimeMessage awaitMessage(String address, int alreadyReceived) {
		await().atMost(Duration.ofSeconds(10)).until(() -> to(address).size() > alreadyReceived);
		return to(address).get(alreadyReceived);
	}

	/** The decoded text of a plain-text message. */
	public static String body(MimeMessage message) {
		try {
			return message.getContent().toString().replace("\r\n", "\n");
		}
		catch (Exception exception) {
			throw new IllegalStateException(exception);
		}
	}

	private static boolean isFor(MimeMessage message, String address) {
		try {
			return Arrays.stream(message.getRecipients(Message.RecipientType.TO))
				.anyMatch(recipient -> recipient.toString().equalsIgnoreCase(address));
		}
		catch (Exception exception) {
			return false;
		}
	}

}
