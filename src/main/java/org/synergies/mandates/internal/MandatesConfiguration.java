package org.synergies.mandates.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.synergies.system.PublicEndpoints;

@Configuration(proxyBeanMethods = false)
class MandatesConfiguration {

	/**
	 * Adopted texts, their revisions, paragraphs and annexes are public (drafts answer
	 * 404 to anyone but the Secretariat; the Secretariat's entry pages ask for sign-in).
	 */
	@Bean
	PublicEndpoints mandatesPublicEndpoints() {
		return PublicEndpoints.pageReads("/mandates", "/mandates/*", "/mandates/*/*", "/mandates/*/*/*")
			.andApiReads("/api/v1/mandates", "/api/v1/mandates/*", "/api/v1/mandates/amendments/*",
					"/api/v1/mandates/*/comparison/*", "/api/v1/mandates/*/annexes");
	}

}
