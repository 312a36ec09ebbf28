package org.synergies.organizations.web;

import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.synergies.organizations.ContactView;
import org.synergies.organizations.OrganizationManagement;
import org.synergies.organizations.OrganizationView;
import org.synergies.shared.InvalidInputException;
import org.synergies.shared.Language;
import org.synergies.shared.NotFoundException;
import org.synergies.system.FieldErrors;

/**
 * An organization's contacts, kept by the Secretariat and the organization's members.
 */
@Controller
@RequestMapping("/organizations/{id}/contacts")
@PreAuthorize("@organizationAccess.canEdit(#id)")
class ContactController {

	private final OrganizationManagement organizations;

	ContactController(OrganizationManagement organizations) {
		this.organizations = organizations;
	}

	@GetMapping("/new")
	String newContact(@PathVariable UUID id, Model model) {
		return form(model, load(id), null, ContactForm.empty());
	}

	@PostMapping("/new")
	String add(@PathVariable UUID id, @ModelAttribute("form") ContactForm form, BindingResult result, Model model) {
		try {
			this.organizations.addContact(id, form.details());
			return "redirect:/organizations/" + id + "?contactSaved#contacts";
		}
		catch (InvalidInputException invalid) {
			FieldErrors.apply(invalid.problems(), result);
			return form(model, load(id), null, form);
		}
	}

	@GetMapping("/{contact}")
	String edit(@PathVariable UUID id, @PathVariable UUID contact, Model model) {
		OrganizationView organization = load(id);
		ContactView existing = organization.contacts()
			.stream()
			.filter(candidate -> candidate.id().equals(contact))
			.findFirst()
			.orElseThrow(() -> new NotFoundException("contact", contact));
		return form(model, organization, contact, ContactForm.of(existing));
	}

	@PostMapping("/{contact}")
	String update(@PathVariable UUID id, @PathVariable UUID contact, @ModelAttribute("form") ContactForm form,
			BindingResult result, Model model) {
		try {
			this.organizations.updateContact(id, contact, form.details());
			return "redirect:/organizations/" + id + "?contactSaved#contacts";
		}
		catch (InvalidInputException invalid) {
			FieldErrors.apply(invalid.problems(), result);
			return form(model, load(id), contact, form);
		}
	}

	@PostMapping("/{contact}/remove")
	String remove(@PathVariable UUID id, @PathVariable UUID contact) {
		this.organizations.removeContact(id, contact);
		return "redirect:/organizations/" + id + "?contactRemoved#contacts";
	}

	private String form(Model model, OrganizationView organization, @Nullable UUID contact, ContactForm form) {
		model.addAttribute("organization", organization);
		model.addAttribute("contact", contact);
		model.addAttribute("form", form);
		model.addAttribute("languages", Language.values());
		return "organizations/contact";
	}

	private OrganizationView load(UUID id) {
		return this.organizations.find(id)
			.orElseThrow(() -> new NotFoundException(OrganizationManagement.AUDITED_AS, id));
	}

}
