package org.synergies.messaging;

import java.util.List;
import java.util.UUID;

/**
 * Sends e-mail. {@link #send} renders the message and queues it in the caller's
 * transaction: if the change that caused it rolls back, no e-mail goes out.
 * <p>
 * Secrets ({@link OutgoingMail#withSecret}, e.g. a password reset link) are never kept
 * readable: the kept body holds a placeholder, the secret waits beside it only until the
 * SMTP server has accepted the message (or delivery is given up) and is then erased;
 * without an SMTP server it is not kept at all.
 */
public interface Outbox {

	/**
	 * @return the id of the queued message
	 */
	UUID send(OutgoingMail mail);

	/** The messages sent to an address, newest first (what was sent to whom). */
	List<SentMail> sentTo(String address);

}
