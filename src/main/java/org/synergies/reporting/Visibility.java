package org.synergies.reporting;

/**
 * Who may read an accepted report: the Secretariat and the NGO only, or the public.
 */
public enum Visibility {

	INTERNAL, PUBLIC;

	/** Whether anyone may read it. */
	public boolean isPublic() {
		return this == PUBLIC;
	}

}
