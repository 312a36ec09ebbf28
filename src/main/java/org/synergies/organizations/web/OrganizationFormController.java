package org.synergies.organizations.web;

import java.util.List;
import java.util.Locale;
import java.util.Set;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.synergies.organizations.OrganizationAccess;
import org.synergies.organizations.OrganizationDetails;
import org.synergies.organizations.OrganizationManagement;
import org.synergies.organizations.OrganizationStatus;
import org.synergies.organizations.OrganizationView;
import org.synergies.organizations.SimilarOrganization;
import org.synergies.shared.FieldProblem;
import org.synergies.shared.NotFoundException;
import org.synergies.shared.RuleViolationException;
import org.synergies.system.FieldErrors;

/**
 * Registering an organization (the Secretariat) and editing its profile (the Secretariat
 * or its members; only the Secretariat changes its kind, and its status through
 * archiving, restoring and merging). Before saving, possible duplicates are shown and
 * must be acknowledged.
 */
@Controller
@RequestMapping("/organizations")
class OrganizationFormController {

	private final OrganizationManagement organizations;

	private final ReferenceLists lists;

	private final OrganizationAccess access;

	OrganizationFormController(OrganizationManagement organizations, ReferenceLists lists, OrganizationAccess access) {
		this.organizations = organizations;
		this.lists = lists;
		this.access = access;
	}

	@GetMapping("/new")
	@PreAuthorize("@organizationAccess.isSecretariat()")
	String newOrganization(Model model, Locale locale) {
		return form(model, OrganizationForm.empty(), null, List.of(), locale);
	}

	@PostMapping("/new")
	@PreAuthorize("@organizationAccess.isSecretariat()")
	String register(@ModelAttribute("form") OrganizationForm form, BindingResult result, Model model, Locale locale) {
		OrganizationDetails details = form.details();
		List<SimilarOrganization> similar = checked(details, null, form, result);
		if (result.hasErrors() || !similar.isEmpty()) {
			return form(model, form, null, similar, locale);
		}
		OrganizationView created = this.organizations.register(details);
		return "redirect:/organizations/" + created.id() + "?created";
	}

	@GetMapping("/{id}/edit")
	@PreAuthorize("@organizationAccess.canEdit(#id)")
	String edit(@PathVariable UUID id, Model model, Locale locale) {
		OrganizationView organization = editable(id);
		return form(model, OrganizationForm.of(organization), organization, List.of(), locale);
	}

	@PostMapping("/{id}/edit")
	@PreAuthorize("@organizationAccess.canEdit(#id)")
	String update(@PathVariable UUID id, @ModelAttribute("form") OrganizationForm form, BindingResult result,
			Model model, Locale locale) {
		OrganizationView organization = editable(id);
		if (!this.access.isSecretariat()) {
			// the kind's field is disabled for members: nothing sent keeps the kind
			form = form.kind() == null ? form.withKind(organization.kind()) : form;
			if (form.kind() != organization.kind()) {
				result.rejectValue("kind", "organization.rule.kind-secretariat-only");
			}
		}
		List<SimilarOrganization> similar = checked(form.details(), id, form, result);
		if (!result.hasErrors() && similar.isEmpty()) {
			try {
				this.organizations.update(id, form.seenVersion(), form.details());
				return "redirect:/organizations/" + id + "?saved";
			}
			catch (OptimisticLockingFailureException conflict) {
				result.reject("error.conflict.stale");
			}
		}
		return form(model, form, organization, similar, locale);
	}

	/** The duplicate warning, refreshed by htmx while the name and acronym are typed. */
	@GetMapping("/similar")
	@PreAuthorize("isAuthenticated()")
	String similar(@RequestParam(required = false) @Nullable String officialName,
			@RequestParam(required = false) @Nullable String acronym,
			@RequestParam(required = false) @Nullable UUID except, Model model) {
		OrganizationDetails probe = new OrganizationDetails(officialName, null, null, null, acronym, null, null,
				Set.of(), null, null, null, null, Set.of(), Set.of());
		model.addAttribute("similar",
				officialName == null && acronym == null ? List.of() : this.organizations.similarTo(probe, except));
		return "organizations/form :: similar";
	}

	/**
	 * Field rules, then possible duplicates (unless already acknowledged). A name that
	 * only resembles others is a warning; an acronym that is taken is an error.
	 */
	private List<SimilarOrganization> checked(OrganizationDetails details, @Nullable UUID except, OrganizationForm form,
			BindingResult result) {
		List<FieldProblem> problems = this.organizations.check(details, except);
		FieldErrors.apply(problems, result);
		if (result.hasErrors() || form.similarAllowed()) {
			return List.of();
		}
		return this.organizations.similarTo(details, except);
	}

	private OrganizationView editable(UUID id) {
		OrganizationView organization = this.organizations.find(id)
			.orElseThrow(() -> new NotFoundException(OrganizationManagement.AUDITED_AS, id));
		if (organization.status() == OrganizationStatus.MERGED) {
			throw new RuleViolationException("organization.rule.already-merged");
		}
		return organization;
	}

	private String form(Model model, OrganizationForm form, @Nullable OrganizationView organization,
			List<SimilarOrganization> similar, Locale locale) {
		model.addAttribute("form", form);
		model.addAttribute("organization", organization);
		model.addAttribute("similar", similar);
		model.addAttribute("kindLocked", organization != null && !this.access.isSecretariat());
		this.lists.addTo(model, locale);
		return "organizations/form";
	}

}
