package org.synergies.organizations;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A line another module adds to an organization's public profile (e.g. its
 * accreditation), as a message key and arguments, worded in the reader's language.
 */
public record ProfileNote(String messageKey, List<Object> arguments, @Nullable String link) {

	public ProfileNote {
		arguments = List.copyOf(arguments);
	}

}
