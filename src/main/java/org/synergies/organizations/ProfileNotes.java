package org.synergies.organizations;

import java.util.List;
import java.util.UUID;

/**
 * Implemented by modules that have something to say on an organization's profile, so that
 * the registry shows it without depending on them.
 */
public interface ProfileNotes {

	List<ProfileNote> notesFor(UUID organization);

}
