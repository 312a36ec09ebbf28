package org.synergies.compilations.web;

import java.util.Locale;
import java.util.UUID;

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
import org.synergies.compilations.CompilationFormat;
import org.synergies.compilations.CompilationJobs;
import org.synergies.meetings.GoverningBodies;
import org.synergies.meetings.GoverningBody;
import org.synergies.meetings.MeetingView;
import org.synergies.reference.ReferenceData;
import org.synergies.reporting.CycleView;
import org.synergies.reporting.AcceptedReports;
import org.synergies.shared.InvalidInputException;
import org.synergies.shared.Language;
import org.synergies.shared.NotFoundException;
import org.synergies.shared.RuleViolationException;
import org.synergies.system.Downloads;
import org.synergies.system.FlashProblems;

/**
 * The compile section of a cycle's page (which loads it with htmx): ask for a compilation
 * in the background, follow its progress, download what it wrote.
 */
@Controller
@RequestMapping("/reporting")
class CompilationController {

	private final CompilationJobs jobs;

	private final AcceptedReports cycles;

	private final ReferenceData reference;

	private final FlashProblems problems;

	private final GoverningBodies bodies;

	CompilationController(CompilationJobs jobs, AcceptedReports cycles, ReferenceData reference, FlashProblems problems,
			GoverningBodies bodies) {
		this.bodies = bodies;
		this.jobs = jobs;
		this.cycles = cycles;
		this.reference = reference;
		this.problems = problems;
	}

	/**
	 * A cycle for an Agreement's meeting is compiled for that Agreement unless the
	 * officer chooses otherwise; the symbol is proposed for what is chosen.
	 */
	@GetMapping("/cycles/{id}/compilations")
	@PreAuthorize("@reportingAccess.isSecretariat()")
	String section(@PathVariable UUID id, Model model) {
		CycleView cycle = this.cycles.cycle(id).orElseThrow(() -> new NotFoundException("reporting-cycle", id));
		String instrument = this.bodies.meeting(cycle.meeting())
			.map(MeetingView::instrument)
			.filter(code -> !code.equals(GoverningBody.CONVENTION))
			.orElse("");
		model.addAttribute("cycle", cycle);
		model.addAttribute("jobs", this.jobs.of(id));
		model.addAttribute("instruments", this.reference.instruments());
		model.addAttribute("instrument", instrument);
		model.addAttribute("symbol", this.jobs.proposeSymbol(id, instrument));
		model.addAttribute("languages", Language.values());
		return "compilations/compile :: section";
	}

	/** The symbol proposed when the officer chooses another scope (htmx). */
	@GetMapping("/cycles/{id}/compilations/symbol")
	@PreAuthorize("@reportingAccess.isSecretariat()")
	String symbol(@PathVariable UUID id, @RequestParam(defaultValue = "") String instrument, Model model) {
		this.cycles.cycle(id).orElseThrow(() -> new NotFoundException("reporting-cycle", id));
		model.addAttribute("symbol", this.jobs.proposeSymbol(id, instrument));
		return "compilations/compile :: symbol";
	}

	@PostMapping("/cycles/{id}/compilations")
	@PreAuthorize("@reportingAccess.isSecretariat()")
	String compile(@PathVariable UUID id, @RequestParam(defaultValue = "") String instrument,
			@RequestParam(defaultValue = "EN") Language language, @RequestParam(defaultValue = "EN") Language original,
			@RequestParam(defaultValue = "") String symbol, RedirectAttributes redirect, Locale locale) {
		try {
			this.jobs.request(id, instrument.isBlank() ? null : instrument, language, original, symbol);
			return "redirect:/reporting/cycles/" + id + "?compiling";
		}
		catch (RuleViolationException | InvalidInputException refused) {
			this.problems.flash(redirect, refused, locale);
			return "redirect:/reporting/cycles/" + id;
		}
	}

	/** A compilation's progress, for htmx to poll while it runs. */
	@GetMapping("/compilations/{job}")
	@PreAuthorize("@reportingAccess.isSecretariat()")
	String job(@PathVariable UUID job, Model model) {
		model.addAttribute("job", this.jobs.find(job).orElseThrow(() -> new NotFoundException("compilation", job)));
		model.addAttribute("formats", CompilationFormat.values());
		return "compilations/compile :: job";
	}

	@GetMapping("/compilations/{job}/{format}")
	@PreAuthorize("@reportingAccess.isSecretariat()")
	ResponseEntity<byte[]> download(@PathVariable UUID job, @PathVariable String format) {
		CompilationJobs.Download download = this.jobs.download(job, format);
		return Downloads.attachment(download.mediaType(), download.fileName(), download.content());
	}

}
