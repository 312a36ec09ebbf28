package org.synergies.agreements.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.synergies.system.PublicEndpoints;

@Configuration(proxyBeanMethods = false)
class AgreementsConfiguration {

	/**
	 * The list, its exports, an agreement's page and its signed document are public
	 * (agreements under negotiation answer 404 to anyone but the Secretariat).
	 */
	@Bean
	PublicEndpoints agreementsPublicEndpoints() {
		return PublicEndpoints
			.pageReads("/agreements", "/agreements/export.csv", "/agreements/export.xlsx", "/agreements/*",
					"/agreements/*/files/*")
			.andApiReads("/api/v1/agreements", "/api/v1/agreements/*", "/api/v1/agreements/*/files/*");
	}

}
