package org.synergies.system;

import java.time.Duration;

/**
 * Keeps a daily job from running on two application nodes at once: the node that takes
 * the lease runs it, another finds it held and skips its turn. The job's name must have
 * its row in {@code scheduled_lease} (inserted by the owning module's migration).
 */
public interface JobLease {

	/**
	 * Takes the lease for this long if nobody else holds it; the node that holds it may
	 * take it again.
	 * @return {@code false} when another node holds it
	 */
	boolean take(String name, Duration length);

}
