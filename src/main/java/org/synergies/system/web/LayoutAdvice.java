package org.synergies.system.web;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponents;
import org.synergies.shared.Language;

/**
 * What every page's layout needs: the language switcher's links (the same page in each
 * language) and the language of the page.
 */
@ControllerAdvice
class LayoutAdvice {

	record LanguageLink(Language language, String href, boolean current) {
	}

	@ModelAttribute("languageLinks")
	List<LanguageLink> languageLinks(HttpServletRequest request, Locale locale) {
		Language current = Language.of(locale);
		return Arrays.stream(Language.values())
			.map(language -> new LanguageLink(language, switchTo(request, language), language == current))
			.toList();
	}

	@ModelAttribute("pageLanguage")
	String pageLanguage(Locale locale) {
		return Language.of(locale).code();
	}

	private static String switchTo(HttpServletRequest request, Language language) {
		// on an error page, the switcher reloads the page that failed, not /error
		Object failed = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		if (failed != null) {
			return failed + "?" + LanguageSwitch.PARAMETER + "=" + language.code();
		}
		UriComponents uri = ServletUriComponentsBuilder.fromRequest(request)
			.replaceQueryParam(LanguageSwitch.PARAMETER, language.code())
			.build();
		return uri.getPath() + "?" + uri.getQuery();
	}

}
