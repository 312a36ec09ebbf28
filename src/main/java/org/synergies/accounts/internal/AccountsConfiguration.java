package org.synergies.accounts.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.synergies.system.PublicEndpoints;

@Configuration(proxyBeanMethods = false)
class AccountsConfiguration {

	/** bcrypt, with the algorithm named in each hash so that it can be upgraded later. */
	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	@Bean
	PublicEndpoints accountPublicEndpoints() {
		return PublicEndpoints.pages("/password/**", "/invitation");
	}

}
