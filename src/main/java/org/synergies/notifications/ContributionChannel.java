package org.synergies.notifications;

/**
 * How a contribution reached the Secretariat: answered online by the addressee, or
 * received by e-mail or letter and recorded by the Secretariat.
 */
public enum ContributionChannel {

	ONLINE, EMAIL, LETTER

}
