package org.synergies.mandates.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.synergies.system.PublicEndpoints;

@Configuration(proxyBeanMethods = false)
class MandateDutiesConfiguration {

	/**
	 * Who must do what under an adopted text and what has been done under it are public
	 * (a draft's answer 404 to anyone but the Secretariat).
	 */
	@Bean
	PublicEndpoints mandateDutiesPublicEndpoints() {
		return new PublicEndpoints(java.util.List.of(), java.util.List.of(),
				java.util.List.of("/api/v1/mandates/*/duties", "/api/v1/mandates/*/links"));
	}

}
