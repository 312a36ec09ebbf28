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
import org.synergies.countries.CountryAccess;
import org.synergies.countries.FocalPointDesignation;
import org.synergies.countries.FocalPointView;
import org.synergies.countries.FocalPoints;
import org.synergies.countries.Treaties;
import org.synergies.shared.CountryCode;
import org.synergies.shared.InvalidInputException;
import org.synergies.system.FieldErrors;

/**
 * The Secretariat names a country's focal points, edits and removes them, and links each
 * to the account the person signs in with; a focal point of the country edits the contact
 * details of its entries (the same form without the Secretariat's fields).
 */
@Controller
@RequestMapping("/countries/{country}/focal-points")
class FocalPointFormController {

	private final FocalPoints focalPoints;

	private final Treaties treaties;

	private final CountryAccess access;

	FocalPointFormController(FocalPoints focalPoints, Treaties treaties, CountryAccess access) {
		this.focalPoints = focalPoints;
		this.treaties = treaties;
		this.access = access;
	}

	@GetMapping("/new")
	@PreAuthorize("@countryAccess.isSecretariat()")
	String newFocalPoint(@PathVariable String country, Model model, Locale locale) {
		return form(model, CountryPaths.country(country), FocalPointForm.empty(), null, locale);
	}

	@PostMapping("/new")
	@PreAuthorize("@countryAccess.isSecretariat()")
	String name(@PathVariable String country, @ModelAttribute("form") FocalPointForm form, BindingResult result,
			Model model, Locale locale) {
		CountryCode code = CountryPaths.country(country);
		try {
			this.focalPoints.name(code, form.details());
			return "redirect:/countries/" + code + "?saved";
		}
		catch (InvalidInputException invalid) {
			FieldErrors.apply(invalid.problems(), result);
			return form(model, code, form, null, locale);
		}
	}

	@GetMapping("/{id}")
	@PreAuthorize("@countryAccess.keeps(#country)")
	String edit(@PathVariable String country, @PathVariable UUID id, Model model, Locale locale) {
		CountryCode code = CountryPaths.country(country);
		return form(model, code, FocalPointForm.of(this.focalPoints.require(code, id)), id, locale);
	}

	@PostMapping("/{id}")
	@PreAuthorize("@countryAccess.keeps(#country)")
	String update(@PathVariable String country, @PathVariable UUID id, @ModelAttribute("form") FocalPointForm form,
			BindingResult result, Model model, Locale locale) {
		CountryCode code = CountryPaths.country(country);
		this.focalPoints.require(code, id);
		long version = form.version() == null ? -1 : form.version();
		try {
			if (this.access.isSecretariat()) {
				this.focalPoints.update(code, id, version, form.details());
			}
			else {
				this.focalPoints.updateContact(code, id, version, form.contact());
			}
			return "redirect:/countries/" + code + "?saved";
		}
		catch (InvalidInputException invalid) {
			FieldErrors.apply(invalid.problems(), result);
		}
		catch (OptimisticLockingFailureException stale) {
			result.reject("error.conflict.stale");
		}
		return form(model, code, form, id, locale);
	}

	@PostMapping("/{id}/remove")
	@PreAuthorize("@countryAccess.isSecretariat()")
	String remove(@PathVariable String country, @PathVariable UUID id) {
		CountryCode code = CountryPaths.country(country);
		this.focalPoints.remove(code, id);
		return "redirect:/countries/" + code + "?removed";
	}

	private String form(Model model, CountryCode country, FocalPointForm form, @Nullable UUID id, Locale locale) {
		model.addAttribute("form", form);
		model.addAttribute("focalPointId", id);
		model.addAttribute("country", country);
		model.addAttribute("countryName", country.displayName(locale));
		boolean secretariat = this.access.isSecretariat();
		model.addAttribute("secretariat", secretariat);
		if (secretariat) {
			model.addAttribute("treatyChoices", this.treaties.all());
			model.addAttribute("designations", FocalPointDesignation.values());
			model.addAttribute("accounts", this.focalPoints.linkableAccounts(country));
		}
		else {
			FocalPointView entry = id == null ? null : this.focalPoints.require(country, id);
			model.addAttribute("treatyName",
					entry == null ? null : this.treaties.find(entry.treaty()).map(t -> t.name(locale)).orElse(null));
		}
		return "countries/focal-point-form";
	}

}
