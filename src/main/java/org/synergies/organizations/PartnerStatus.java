package org.synergies.organizations;

import java.util.Set;
import java.util.UUID;

/**
 * Implemented by the module that keeps partnership agreements, so that the registry can
 * say who is an NGO partner without depending on it. An NGO partner is an NGO "that has
 * signed a formal partnership agreement with the Secretariat" (UNEP/CMS/COP13/Doc.18),
 * that agreement being in force today.
 */
public interface PartnerStatus {

	/** The NGO partners today, by id. */
	Set<UUID> ngoPartners();

	default boolean isNgoPartner(UUID organization) {
		return ngoPartners().contains(organization);
	}

}
