package org.synergies.notifications.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.synergies.system.PublicEndpoints;

@Configuration(proxyBeanMethods = false)
class NotificationsConfiguration {

	/**
	 * Issued notifications are public (list, page, uploaded texts); contributions are
	 * not.
	 */
	@Bean
	PublicEndpoints notificationsPublicEndpoints() {
		return PublicEndpoints.pageReads("/notifications", "/notifications/*", "/notifications/*/text/*")
			.andApiReads("/api/v1/notifications", "/api/v1/notifications/*");
	}

}
