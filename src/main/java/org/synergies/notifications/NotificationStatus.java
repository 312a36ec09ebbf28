package org.synergies.notifications;

/** A notification is drafted, then issued once: published and sent to its addressees. */
public enum NotificationStatus {

	DRAFT, ISSUED

}
