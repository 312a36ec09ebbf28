package org.synergies.system.web;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

	private final LocaleResolver localeResolver;

	private final ApplicationEventPublisher events;

	WebConfiguration(LocaleResolver localeResolver, ApplicationEventPublisher events) {
		this.localeResolver = localeResolver;
		this.events = events;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new LanguageSwitch(this.localeResolver, this.events)).excludePathPatterns("/api/**");
	}

}
