package org.synergies.accreditation.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.synergies.accreditation.AccreditationAccess;
import org.synergies.accreditation.AccreditationRegister;
import org.synergies.accreditation.AccreditationView;
import org.synergies.accreditation.NonReporting;
import org.synergies.accreditation.NonReportingProposals;
import org.synergies.accreditation.RegisterDocuments;
import org.synergies.accreditation.ReportingObligations;
import org.synergies.shared.InvalidInputException;
import org.synergies.shared.Language;
import org.synergies.shared.RuleViolationException;
import org.synergies.system.Downloads;
import org.synergies.system.FlashProblems;

/**
 * The register of accredited NGO partners: public to read; the Secretariat also sees
 * every status, suspends, withdraws and reinstates, lists those about to expire, and
 * produces the register as a document.
 */
@Controller
@RequestMapping("/accreditation/register")
class RegisterController {

	private final AccreditationRegister register;

	private final RegisterDocuments documents;

	private final AccreditationAccess access;

	private final FlashProblems problems;

	private final List<ReportingObligations> obligations;

	private final Clock clock;

	private final NonReporting nonReporting;

	private final NonReportingProposals proposals;

	RegisterController(AccreditationRegister register, RegisterDocuments documents, AccreditationAccess access,
			FlashProblems problems, List<ReportingObligations> obligations, Clock clock, NonReporting nonReporting,
			NonReportingProposals proposals) {
		this.clock = clock;
		this.nonReporting = nonReporting;
		this.proposals = proposals;
		this.register = register;
		this.documents = documents;
		this.access = access;
		this.problems = problems;
		this.obligations = obligations;
	}

	@GetMapping
	String register(@RequestParam(defaultValue = "false") boolean late, Model model) {
		boolean secretariat = this.access.isSecretariat();
		List<AccreditationView> accreditations = secretariat ? this.register.all() : this.register.inForce();
		model.addAttribute("accreditations", accreditations);
		model.addAttribute("secretariat", secretariat);
		model.addAttribute("today", LocalDate.now(this.clock));
		if (secretariat) {
			model.addAttribute("expiring", this.register.expiring());
			Map<UUID, String> overdue = new HashMap<>();
			this.obligations.forEach(obligation -> overdue.putAll(obligation.overdue()));
			model.addAttribute("overdue", overdue);
			model.addAttribute("missed", this.nonReporting.late());
			model.addAttribute("lateOnly", late);
			model.addAttribute("openProposals", this.proposals.open().size());
			if (late) {
				model.addAttribute("accreditations",
						accreditations.stream()
							.filter(accreditation -> overdue.containsKey(accreditation.organization()))
							.toList());
			}
			model.addAttribute("languages", Language.values());
		}
		return "accreditation/register";
	}

	@PostMapping("/{id}/suspend")
	@PreAuthorize("@accreditationAccess.isSecretariat()")
	String suspend(@PathVariable UUID id, @RequestParam(defaultValue = "") String reason,
			@RequestParam(required = false) @Nullable Long version, RedirectAttributes redirect, Locale locale) {
		return act(redirect, locale, () -> this.register.suspend(id, version, reason));
	}

	@PostMapping("/{id}/withdraw")
	@PreAuthorize("@accreditationAccess.isSecretariat()")
	String withdraw(@PathVariable UUID id, @RequestParam(defaultValue = "") String reason,
			@RequestParam(required = false) @Nullable Long version, RedirectAttributes redirect, Locale locale) {
		return act(redirect, locale, () -> this.register.withdraw(id, version, reason));
	}

	@PostMapping("/{id}/reinstate")
	@PreAuthorize("@accreditationAccess.isSecretariat()")
	String reinstate(@PathVariable UUID id, @RequestParam(required = false) @Nullable Long version,
			RedirectAttributes redirect, Locale locale) {
		return act(redirect, locale, () -> this.register.reinstate(id, version));
	}

	@PostMapping("/warnings")
	@PreAuthorize("@accreditationAccess.isSecretariat()")
	String warnExpiring(RedirectAttributes redirect) {
		redirect.addFlashAttribute("warned", this.register.warnExpiring());
		return "redirect:/accreditation/register";
	}

	@GetMapping("/document")
	@PreAuthorize("@accreditationAccess.isSecretariat()")
	ResponseEntity<?> document(@RequestParam(defaultValue = "") String symbol,
			@RequestParam(defaultValue = "EN") Language language,
			@RequestParam(defaultValue = "DOCX") RegisterDocuments.Format format, RedirectAttributes redirect,
			Locale locale) {
		try {
			RegisterDocuments.Generated generated = this.documents.generate(symbol, language, format);
			return Downloads.attachment(generated.mediaType(), generated.fileName(), generated.content());
		}
		catch (InvalidInputException invalid) {
			this.problems.flash(redirect, invalid, locale);
			return ResponseEntity.status(303).header(HttpHeaders.LOCATION, "/accreditation/register#document").build();
		}
	}

	private String act(RedirectAttributes redirect, Locale locale, Supplier<AccreditationView> action) {
		try {
			action.get();
			return "redirect:/accreditation/register?changed";
		}
		catch (RuleViolationException | InvalidInputException | OptimisticLockingFailureException problem) {
			this.problems.flash(redirect, problem, locale);
			return "redirect:/accreditation/register";
		}
	}

}
