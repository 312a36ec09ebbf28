package org.synergies.organizations.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.synergies.system.PublicEndpoints;

@Configuration(proxyBeanMethods = false)
class OrganizationsConfiguration {

	/** The directory, profiles and exports are public; editing needs sign-in. */
	@Bean
	PublicEndpoints registryPublicEndpoints() {
		return PublicEndpoints.pageReads("/organizations", "/organizations/*")
			.andApiReads("/api/v1/organizations", "/api/v1/organizations/*");
	}

}
