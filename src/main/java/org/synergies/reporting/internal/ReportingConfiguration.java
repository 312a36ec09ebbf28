package org.synergies.reporting.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.synergies.system.PublicEndpoints;

@Configuration(proxyBeanMethods = false)
class ReportingConfiguration {

	/**
	 * The adopted formats, the cycles and their figures, and the published reports are
	 * public; a report the Secretariat did not publish stays closed to visitors (its page
	 * checks).
	 */
	@Bean
	PublicEndpoints reportingPublicEndpoints() {
		return PublicEndpoints
			.pageReads("/reporting", "/reporting/templates", "/reporting/templates/*", "/reporting/cycles/*/figures",
					"/reporting/reports/*", "/reporting/reports/*/files/*")
			.andApiReads("/api/v1/reporting/templates", "/api/v1/reporting/templates/*", "/api/v1/reporting/cycles",
					"/api/v1/reporting/cycles/*", "/api/v1/reporting/cycles/*/figures",
					"/api/v1/reporting/reports/published", "/api/v1/reporting/reports/*",
					"/api/v1/reporting/reports/*/files/*");
	}

}
