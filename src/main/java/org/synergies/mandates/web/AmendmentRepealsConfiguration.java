package org.synergies.mandates.web;

import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.synergies.system.PublicEndpoints;

@Configuration(proxyBeanMethods = false)
class AmendmentRepealsConfiguration {

	/**
	 * The texts an adopted amendment repeals are public (a draft's answer 404 to anyone
	 * but the Secretariat).
	 */
	@Bean
	PublicEndpoints amendmentRepealsPublicEndpoints() {
		return new PublicEndpoints(List.of(), List.of(), List.of("/api/v1/mandates/amendments/*/repeals"));
	}

}
