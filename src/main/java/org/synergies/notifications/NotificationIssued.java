package org.synergies.notifications;

import java.util.UUID;

/** A notification was issued: its addressees are written to after the commit. */
public record NotificationIssued(UUID notification, String number) {
}
