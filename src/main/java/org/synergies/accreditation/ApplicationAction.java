package org.synergies.accreditation;

import java.util.Map;
import java.util.Set;

/**
 * Every move an application can make, and from where. The state machine of the
 * accreditation: {@link #allowedFrom} is the whole of it.
 */
public enum ApplicationAction {

	SUBMIT(Set.of(ApplicationStatus.DRAFT, ApplicationStatus.RETURNED), ApplicationStatus.SUBMITTED),
	RETURN(Set.of(ApplicationStatus.SUBMITTED), ApplicationStatus.RETURNED),
	CLOSE(Set.of(ApplicationStatus.SUBMITTED, ApplicationStatus.RETURNED), ApplicationStatus.CLOSED),
	FORWARD(Set.of(ApplicationStatus.SUBMITTED), ApplicationStatus.FORWARDED),
	ACCREDIT(Set.of(ApplicationStatus.FORWARDED), ApplicationStatus.ACCREDITED),
	DEFER(Set.of(ApplicationStatus.FORWARDED), ApplicationStatus.DEFERRED),
	REJECT(Set.of(ApplicationStatus.FORWARDED), ApplicationStatus.REJECTED),
	RESPOND(Set.of(ApplicationStatus.DEFERRED), ApplicationStatus.FORWARDED);

	private final Set<ApplicationStatus> allowedFrom;

	private final ApplicationStatus target;

	ApplicationAction(Set<ApplicationStatus> allowedFrom, ApplicationStatus target) {
		this.allowedFrom = allowedFrom;
		this.target = target;
	}

	public Set<ApplicationStatus> allowedFrom() {
		return this.allowedFrom;
	}

	public ApplicationStatus target() {
		return this.target;
	}

	public boolean isAllowedFrom(ApplicationStatus status) {
		return this.allowedFrom.contains(status);
	}

	/** The outcome a Standing Committee decision gives. */
	public static final Map<Outcome, ApplicationAction> DECISIONS = Map.of(Outcome.ACCREDIT, ACCREDIT, Outcome.DEFER,
			DEFER, Outcome.REJECT, REJECT);

	/** What the Standing Committee decides on an application. */
	public enum Outcome {

		ACCREDIT, DEFER, REJECT

	}

}
