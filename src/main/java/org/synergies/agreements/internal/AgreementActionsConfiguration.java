package org.synergies.agreements.internal;

import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.synergies.system.PublicEndpoints;

@Configuration(proxyBeanMethods = false)
class AgreementActionsConfiguration {

	/**
	 * The decisions about an agreement are public once adopted (the proposals being
	 * worked on are left out for anyone but the Secretariat).
	 */
	@Bean
	PublicEndpoints agreementActionsPublicEndpoints() {
		return new PublicEndpoints(List.of(), List.of(), List.of("/api/v1/agreements/*/actions"));
	}

}
