package org.synergies.accreditation;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * An application for accreditation moved from one status to another (submitted, returned,
 * forwarded, decided, …). Published in the transaction that moved it; listeners hear of
 * it after commit (the applicant's e-mail, see {@code internal.AccreditationMails}).
 *
 * @param reason the reason given with the move (why it was returned or closed), if any
 * @param version the application's version after the move: with the id, names this move
 * among all others
 */
public record ApplicationStatusChanged(UUID application, UUID organization, ApplicationStatus from,
		ApplicationStatus to, @Nullable String reason, long version) {
}
