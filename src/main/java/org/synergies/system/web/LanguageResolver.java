package org.synergies.system.web;

import java.time.Duration;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.synergies.shared.Language;

/**
 * The interface language: the one chosen with the switcher (remembered in a cookie for a
 * year), otherwise the best of English, French and Spanish for the browser's
 * Accept-Language, otherwise English. Never a language CMS does not work in.
 */
class LanguageResolver implements LocaleResolver {

	static final String COOKIE = "synergies-lang";

	private final CookieLocaleResolver cookie = new CookieLocaleResolver(COOKIE);

	private final AcceptHeaderLocaleResolver browser = new AcceptHeaderLocaleResolver();

	LanguageResolver() {
		this.browser.setSupportedLocales(Language.locales());
		this.browser.setDefaultLocale(Language.DEFAULT.locale());
		this.cookie.setCookieMaxAge(Duration.ofDays(365));
		this.cookie.setCookieHttpOnly(true);
		this.cookie.setCookieSecure(true);
		this.cookie.setCookieSameSite("Lax");
		this.cookie.setDefaultLocaleFunction(this.browser::resolveLocale);
	}

	@Override
	public Locale resolveLocale(HttpServletRequest request) {
		return Language.of(this.cookie.resolveLocale(request)).locale();
	}

	@Override
	public void setLocale(HttpServletRequest request, @Nullable HttpServletResponse response, @Nullable Locale locale) {
		this.cookie.setLocale(request, response, locale == null ? null : Language.of(locale).locale());
	}

}
