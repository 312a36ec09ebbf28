package org.synergies.agreements.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.synergies.system.PublicEndpoints;

@Configuration(proxyBeanMethods = false)
class WorkPlansConfiguration {

	/**
	 * An agreement's work plan and its status report are public (accepted progress only;
	 * agreements under negotiation answer 404 to anyone but the Secretariat).
	 */
	@Bean
	PublicEndpoints workPlansPublicEndpoints() {
		return PublicEndpoints.pageReads("/agreements/*/work-plan", "/agreements/*/work-plan/report")
			.andApiReads("/api/v1/agreements/*/work-plan", "/api/v1/agreements/*/work-plan/report");
	}

}
