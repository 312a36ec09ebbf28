package org.synergies.accreditation.internal;

import java.util.Locale;
import java.util.Map;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.synergies.accreditation.AccreditationChanged;
import org.synergies.accreditation.AccreditationExpiring;
import org.synergies.accreditation.ApplicationDecided;
import org.synergies.accreditation.ApplicationStatus;
import org.synergies.accreditation.ApplicationStatusChanged;
import org.synergies.accreditation.ScreeningQuestionAsked;
import org.synergies.meetings.DecisionView;
import org.synergies.meetings.GoverningBodies;
import org.synergies.organizations.OrganizationMail;

/**
 * Writes to an organization's members about its application and its accreditation, after
 * the change has committed. Each method runs in its own transaction through the event
 * publication registry: if it fails, the publication stays incomplete and is resubmitted
 * later; the occurrence it passes (the fact's id and version) keeps a second run from
 * writing the same message twice.
 */
@Component
class AccreditationMails {

	private static final String APPLICATIONS = "/accreditation/applications/";

	private static final String REGISTER = "/accreditation/register";

	private final OrganizationMail mail;

	private final GoverningBodies bodies;

	AccreditationMails(OrganizationMail mail, GoverningBodies bodies) {
		this.mail = mail;
		this.bodies = bodies;
	}

	/**
	 * The applicant hears of the moves the Secretariat makes: a receipt on submission,
	 * return, closure and forwarding to the Committee (decisions: {@link #decided}; an
	 * answer to a deferral that puts it back before the Committee: no message).
	 */
	@ApplicationModuleListener
	void statusChanged(ApplicationStatusChanged event) {
		String template = switch (event.to()) {
			case SUBMITTED -> "accreditation-submitted";
			case RETURNED -> "accreditation-returned";
			case CLOSED -> "accreditation-closed";
			case FORWARDED -> event.from() == ApplicationStatus.SUBMITTED ? "accreditation-forwarded" : null;
			default -> null;
		};
		if (template != null) {
			String reason = event.reason() == null ? "" : event.reason();
			this.mail.sendOnce(event.application() + ":" + event.version(), event.organization(), template,
					APPLICATIONS + event.application(), Map.of("reason", reason));
		}
	}

	@ApplicationModuleListener
	void decided(ApplicationDecided event) {
		DecisionView decision = this.bodies.decision(event.decision()).orElseThrow();
		this.mail.sendOnce(event.application() + ":" + event.decision(), event.organization(),
				"accreditation-" + event.outcome().name().toLowerCase(Locale.ROOT), APPLICATIONS + event.application(),
				Map.of("reference", decision.reference(), "decisionText", decision.text()));
	}

	@ApplicationModuleListener
	void questionAsked(ScreeningQuestionAsked event) {
		this.mail.sendOnce(event.question().toString(), event.organization(), "accreditation-question",
				APPLICATIONS + event.application(),
				Map.of("question", event.text(), "dueOn", event.dueOn() == null ? "" : event.dueOn()));
	}

	/**
	 * The Secretariat's changes to the register (the Committee's come with its decision).
	 */
	@ApplicationModuleListener
	void accreditationChanged(AccreditationChanged event) {
		if (event.decision() != null) {
			return;
		}
		String template = switch (event.status()) {
			case ACTIVE -> "accreditation-reinstated";
			case SUSPENDED -> "accreditation-suspended";
			case WITHDRAWN -> "accreditation-withdrawn";
			default -> null;
		};
		if (template != null) {
			this.mail.sendOnce(event.accreditation() + ":" + event.version(), event.organization(), template, REGISTER,
					Map.of("reason", event.reason() == null ? "" : event.reason()));
		}
	}

	@ApplicationModuleListener
	void expiring(AccreditationExpiring event) {
		this.mail.sendOnce(event.accreditation() + ":expiring:" + event.validUntil(), event.organization(),
				"accreditation-expiring", REGISTER, Map.of("validUntil", event.validUntil()));
	}

}
