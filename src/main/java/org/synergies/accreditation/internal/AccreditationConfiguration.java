package org.synergies.accreditation.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.synergies.system.PublicEndpoints;

@Configuration(proxyBeanMethods = false)
class AccreditationConfiguration {

	/** The process in force, its versions and the register are public. */
	@Bean
	PublicEndpoints accreditationPublicEndpoints() {
		return PublicEndpoints
			.pageReads("/accreditation", "/accreditation/process", "/accreditation/process/*",
					"/accreditation/register")
			.andApiReads("/api/v1/accreditation/process", "/api/v1/accreditation/process/*",
					"/api/v1/accreditation/process/*/non-reporting", "/api/v1/accreditation/register",
					"/api/v1/accreditation/calls/open");
	}

}
