package org.synergies.accreditation.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.synergies.accreditation.AccreditationRegister;
import org.synergies.accreditation.AccreditationStatus;
import org.synergies.accreditation.AccreditationView;
import org.synergies.organizations.ProfileNote;
import org.synergies.organizations.ProfileNotes;

/**
 * Shows an organization's accreditation on its profile.
 */
@Component
class AccreditationNotes implements ProfileNotes {

	private final AccreditationRegister register;

	private final Clock clock;

	AccreditationNotes(AccreditationRegister register, Clock clock) {
		this.register = register;
		this.clock = clock;
	}

	@Override
	public List<ProfileNote> notesFor(UUID organization) {
		LocalDate today = LocalDate.now(this.clock);
		List<ProfileNote> notes = new ArrayList<>();
		for (AccreditationView accreditation : this.register.ofOrganization(organization)) {
			if (accreditation.isInForce(today)) {
				notes.add(new ProfileNote(
						"profile.note.accredited", List.of(accreditation.validFrom(), accreditation.validUntil(),
								accreditation.processNumber(), accreditation.decisionReference()),
						"/accreditation/register"));
			}
			else if (accreditation.status() == AccreditationStatus.SUSPENDED && !accreditation.isExpired(today)) {
				notes.add(new ProfileNote("profile.note.suspended", List.of(), "/accreditation/register"));
			}
		}
		return notes;
	}

}
