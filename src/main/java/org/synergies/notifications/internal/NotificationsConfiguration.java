package org.synergies.notifications.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.synergies.system.PublicEndpoints;

@Configuration(proxyBeanMethods = false)
class NotificationsConfiguration {

	/**
	 * Issued notifications are public (list, page, uploaded texts), and so are their
	 * published compilations and the contributions these hold (the façade serves nothing
	 * else to an anonymous reader); other contributions are not.
	 */
	@Bean
	PublicEndpoints notificationsPublicEndpoints() {
		return PublicEndpoints
			.pageReads("/notifications", "/notifications/*", "/notifications/*/text/*",
					"/notifications/*/compilations/*/*", "/notifications/*/compiled/*")
			.andApiReads("/api/v1/notifications", "/api/v1/notifications/*", "/api/v1/notifications/*/compilations",
					"/api/v1/notifications/*/compilations/*", "/api/v1/notifications/*/compilations/*/*",
					"/api/v1/notifications/*/compiled-contributions");
	}

}
