package org.synergies.organizations;

import java.util.Set;
import java.util.UUID;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Who the NGO partners are, as the module keeping partnership agreements says; nobody
 * when that module is not running (module tests). Read lazily: that module depends on
 * this one.
 */
@Component
public class NgoPartners {

	private final ObjectProvider<PartnerStatus> status;

	NgoPartners(ObjectProvider<PartnerStatus> status) {
		this.status = status;
	}

	public Set<UUID> ids() {
		PartnerStatus found = this.status.getIfAvailable();
		return found == null ? Set.of() : Set.copyOf(found.ngoPartners());
	}

	public boolean includes(UUID organization) {
		PartnerStatus found = this.status.getIfAvailable();
		return found != null && found.isNgoPartner(organization);
	}

}
