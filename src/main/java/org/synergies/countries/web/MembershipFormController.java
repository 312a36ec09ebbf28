package org.synergies.countries.web;

import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.synergies.countries.CountryMemberships;
import org.synergies.countries.MembershipStatus;
import org.synergies.countries.Treaties;
import org.synergies.shared.CountryCode;
import org.synergies.shared.InvalidInputException;
import org.synergies.shared.RuleViolationException;
import org.synergies.system.FieldErrors;

/**
 * The Secretariat records, corrects and removes a country's memberships.
 * Post/Redirect/Get; refused input comes back with its reasons, the input kept.
 */
@Controller
@RequestMapping("/countries/{country}/memberships")
@PreAuthorize("@countryAccess.isSecretariat()")
class MembershipFormController {

	private final CountryMemberships memberships;

	private final Treaties treaties;

	MembershipFormController(CountryMemberships memberships, Treaties treaties) {
		this.memberships = memberships;
		this.treaties = treaties;
	}

	@GetMapping("/new")
	String newMembership(@PathVariable String country, Model model, Locale locale) {
		return form(model, CountryPaths.country(country), MembershipForm.empty(), null, locale);
	}

	@PostMapping("/new")
	String record(@PathVariable String country, @ModelAttribute("form") MembershipForm form, BindingResult result,
			Model model, Locale locale) {
		CountryCode code = CountryPaths.country(country);
		try {
			this.memberships.record(code, form.details());
			return "redirect:/countries/" + code + "?saved";
		}
		catch (InvalidInputException invalid) {
			FieldErrors.apply(invalid.problems(), result);
		}
		catch (RuleViolationException violation) {
			result.reject(violation.messageKey(), violation.arguments(), violation.messageKey());
		}
		return form(model, code, form, null, locale);
	}

	@GetMapping("/{id}")
	String edit(@PathVariable String country, @PathVariable UUID id, Model model, Locale locale) {
		CountryCode code = CountryPaths.country(country);
		return form(model, code, MembershipForm.of(this.memberships.require(code, id)), id, locale);
	}

	@PostMapping("/{id}")
	String update(@PathVariable String country, @PathVariable UUID id, @ModelAttribute("form") MembershipForm form,
			BindingResult result, Model model, Locale locale) {
		CountryCode code = CountryPaths.country(country);
		this.memberships.require(code, id);
		try {
			this.memberships.update(code, id, form.version() == null ? -1 : form.version(), form.details());
			return "redirect:/countries/" + code + "?saved";
		}
		catch (InvalidInputException invalid) {
			FieldErrors.apply(invalid.problems(), result);
		}
		catch (RuleViolationException violation) {
			result.reject(violation.messageKey(), violation.arguments(), violation.messageKey());
		}
		catch (OptimisticLockingFailureException stale) {
			result.reject("error.conflict.stale");
		}
		return form(model, code, form, id, locale);
	}

	@PostMapping("/{id}/remove")
	String remove(@PathVariable String country, @PathVariable UUID id) {
		CountryCode code = CountryPaths.country(country);
		this.memberships.remove(code, id);
		return "redirect:/countries/" + code + "?removed";
	}

	private String form(Model model, CountryCode country, MembershipForm form, @Nullable UUID id, Locale locale) {
		model.addAttribute("form", form);
		model.addAttribute("membershipId", id);
		model.addAttribute("country", country);
		model.addAttribute("countryName", country.displayName(locale));
		model.addAttribute("treatyChoices", this.treaties.all());
		model.addAttribute("statuses", MembershipStatus.values());
		return "countries/membership-form";
	}

}
