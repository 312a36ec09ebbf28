package org.synergies.notifications;

/**
 * A country or an organization a notification is addressed to, or a contribution is made
 * on behalf of.
 *
 * @param ref the country's ISO code or the organization's id
 * @param name its name as recorded (the country's English name, the organization's
 * official name)
 */
public record Addressee(AddresseeKind kind, String ref, String name) {

	public String key() {
		return this.kind + ":" + this.ref;
	}

}
