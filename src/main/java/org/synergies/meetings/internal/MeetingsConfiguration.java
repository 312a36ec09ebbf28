package org.synergies.meetings.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.synergies.system.PublicEndpoints;

@Configuration(proxyBeanMethods = false)
class MeetingsConfiguration {

	@Bean
	PublicEndpoints meetingsPublicEndpoints() {
		return PublicEndpoints.pageReads("/meetings", "/meetings/*", "/decisions/*")
			.andApiReads("/api/v1/bodies", "/api/v1/meetings", "/api/v1/meetings/*", "/api/v1/decisions",
					"/api/v1/decisions/*");
	}

}
