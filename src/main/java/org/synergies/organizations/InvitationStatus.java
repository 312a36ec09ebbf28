package org.synergies.organizations;

/**
 * Where an invitation to join an organization stands. An invitation nobody answered
 * within its validity is expired; an answered one cannot be answered again.
 */
public enum InvitationStatus {

	PENDING, ACCEPTED, DECLINED, EXPIRED

}
