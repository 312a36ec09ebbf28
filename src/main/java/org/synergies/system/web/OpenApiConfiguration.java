package org.synergies.system.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

	@Bean
	OpenAPI synergiesApi() {
		return new OpenAPI().info(new Info().title("Synergies API").version("v1").description("""
				The JSON API of Synergies, the partnerships platform of the CMS Family secretariats.
				Public data can be read without a token. Everything else needs a personal API token,
				created on the "API tokens" page of your account and sent as `Authorization: Bearer <token>`.
				Errors are RFC 9457 problem details; send `Accept-Language: fr` or `es` for messages
				in French or Spanish."""))
			.components(new Components().addSecuritySchemes("bearer",
					new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("syn_…")));
	}

}
