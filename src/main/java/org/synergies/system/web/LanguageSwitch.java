package org.synergies.system.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.LocaleResolver;
import org.synergies.shared.Language;
import org.synergies.system.CurrentActor;
import org.synergies.system.LanguageChosen;

/**
 * {@code ?lang=fr} on any page switches the interface language. For a signed-in person
 * the choice is also announced so that their account remembers it.
 */
class LanguageSwitch implements HandlerInterceptor {

	static final String PARAMETER = "lang";

	private final LocaleResolver localeResolver;

	private final ApplicationEventPublisher events;

	LanguageSwitch(LocaleResolver localeResolver, ApplicationEventPublisher events) {
		this.localeResolver = localeResolver;
		this.events = events;
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		String requested = request.getParameter(PARAMETER);
		if (requested == null) {
			return true;
		}
		Language.fromCode(requested).ifPresent(language -> {
			this.localeResolver.setLocale(request, response, language.locale());
			CurrentActor.get()
				.filter(actor -> actor.language() != language)
				.ifPresent(actor -> this.events.publishEvent(new LanguageChosen(actor.actorId(), language)));
		});
		return true;
	}

}
