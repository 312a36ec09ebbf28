package org.synergies.accounts.internal;

import java.util.Map;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.synergies.system.PublicEndpoints;

@Configuration(proxyBeanMethods = false)
class AccountsConfiguration {

	/** The id of the default algorithm, written at the start of every new hash. */
	static final String ARGON2ID = "argon2@SpringSecurity_v5_8";

	/**
	 * Argon2id, which hashes the whole password (bcrypt reads only its first 72 bytes:
	 * about 24 characters of Chinese or 36 of Cyrillic). Hashes made with bcrypt before
	 * are still accepted and replaced by Argon2id at the next sign-in.
	 */
	@Bean
	PasswordEncoder passwordEncoder() {
		return new DelegatingPasswordEncoder(ARGON2ID, Map.of(ARGON2ID,
				Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8(), "bcrypt", new BCryptPasswordEncoder()));
	}

	@Bean
	PublicEndpoints accountPublicEndpoints() {
		return PublicEndpoints.pages("/password/**", "/invitation");
	}

}
