package org.synergies.system;

import java.util.UUID;

import org.synergies.shared.Language;

/**
 * Whoever is acting: the principal of an authenticated request. The audit trail records
 * its id and name; the interface speaks to it in its language.
 */
public interface Actor {

	UUID actorId();

	String actorName();

	Language language();

}
