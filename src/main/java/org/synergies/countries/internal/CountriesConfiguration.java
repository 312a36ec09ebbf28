package org.synergies.countries.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.synergies.system.PublicEndpoints;

@Configuration(proxyBeanMethods = false)
class CountriesConfiguration {

	/**
	 * The list of countries, each country's page and its memberships (also as files) are
	 * public; focal points are read without their contact details.
	 */
	@Bean
	PublicEndpoints countriesPublicEndpoints() {
		return PublicEndpoints
			.pageReads("/countries", "/countries/memberships.csv", "/countries/memberships.xlsx", "/countries/*")
			.andApiReads("/api/v1/countries", "/api/v1/countries/treaties", "/api/v1/countries/*",
					"/api/v1/countries/*/memberships", "/api/v1/countries/*/focal-points");
	}

}
