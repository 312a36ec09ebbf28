package org.synergies.accounts;

/**
 * The life of an account: invited (no password yet), active, or disabled by an
 * administrator (cannot sign in, tokens refused).
 */
public enum AccountStatus {

	INVITED, ACTIVE, DISABLED;

	/** Whether its holder may sign in. */
	public boolean isActive() {
		return this == ACTIVE;
	}

	/** Whether it waits for its holder to choose a password. */
	public boolean isInvited() {
		return this == INVITED;
	}

	/** Whether an administrator disabled it. */
	public boolean isDisabled() {
		return this == DISABLED;
	}

}
