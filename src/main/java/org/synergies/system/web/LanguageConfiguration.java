package org.synergies.system.web;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;

@Configuration(proxyBeanMethods = false)
class LanguageConfiguration {

	/** Named {@code messageSource}: the application context and Thymeleaf use it. */
	@Bean
	MessageSource messageSource() {
		return new Messages();
	}

	/** Named {@code localeResolver} so that the DispatcherServlet uses it. */
	@Bean
	LocaleResolver localeResolver() {
		return new LanguageResolver();
	}

}
