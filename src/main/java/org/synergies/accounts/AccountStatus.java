package org.synergies.accounts;

/**
 * The life of an account: invited (no password yet), active, or disabled by an
 * administrator (cannot sign in, tokens refused).
 */
public enum AccountStatus {

	INVITED, ACTIVE, DISABLED

}
