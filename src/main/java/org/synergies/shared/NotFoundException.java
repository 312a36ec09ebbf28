package org.synergies.shared;

/**
 * A record the caller asked for does not exist (or is not visible to them). Pages answer
 * 404 with the error page; the API answers a 404 problem.
 */
public class NotFoundException extends RuntimeException {

	private final String what;

	public NotFoundException(String what, Object id) {
		super(what + " " + id + " not found");
		this.what = what;
	}

	/** The kind of record that was not found, e.g. "account". */
	public String what() {
		return this.what;
	}

}
