package org.synergies.compilations.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.synergies.accounts.CurrentUser;
import org.synergies.compilations.Compilation;
import org.synergies.compilations.Compilation.Dimension;
import org.synergies.compilations.Compilation.Kind;
import org.synergies.compilations.Compilations;
import org.synergies.reference.ReferenceData;
import org.synergies.reporting.CycleView;
import org.synergies.reporting.AcceptedReports;
import org.synergies.shared.NotFoundException;
import org.synergies.shared.RuleViolationException;

/**
 * The figures of a cycle, which anyone may read, with the lines behind each one for the
 * Secretariat.
 */
@Controller
@RequestMapping("/reporting/cycles/{id}/figures")
class FiguresController {

	private final Compilations compilations;

	private final AcceptedReports cycles;

	private final ReferenceData reference;

	FiguresController(Compilations compilations, AcceptedReports cycles, ReferenceData reference) {
		this.compilations = compilations;
		this.cycles = cycles;
		this.reference = reference;
	}

	@GetMapping
	String figures(@PathVariable UUID id, @RequestParam(defaultValue = "") String instrument, Model model,
			Locale locale) {
		CycleView cycle = this.cycles.cycle(id).orElseThrow(() -> new NotFoundException("reporting-cycle", id));
		model.addAttribute("cycle", cycle);
		model.addAttribute("instrument", instrument);
		model.addAttribute("instruments", this.reference.instruments());
		model.addAttribute("dimensions", Dimension.values());
		model.addAttribute("drill", CurrentUser.get().map(CurrentUser::isSecretariat).orElse(false));
		try {
			Compilation compilation = this.compilations.compile(id, instrument.isBlank() ? null : instrument);
			model.addAttribute("compilation", compilation);
			model.addAttribute("names", names(compilation, locale));
		}
		catch (RuleViolationException missing) {
			model.addAttribute("missing", missing);
		}
		return "compilations/figures";
	}

	/** The lines and activities behind one figure. */
	@GetMapping("/lines")
	@PreAuthorize("@reportingAccess.isSecretariat()")
	String lines(@PathVariable UUID id, @RequestParam(defaultValue = "") String instrument,
			@RequestParam(defaultValue = "INSTRUMENT") Dimension dimension,
			@RequestParam(defaultValue = "") String code, @RequestParam(required = false) @Nullable Kind kind,
			Model model, Locale locale) {
		Compilation compilation = this.compilations.compile(id, instrument.isBlank() ? null : instrument);
		model.addAttribute("compilation", compilation);
		model.addAttribute("cycle", compilation.cycle());
		model.addAttribute("instrument", instrument);
		model.addAttribute("dimension", dimension);
		model.addAttribute("code", code);
		model.addAttribute("kind", kind);
		model.addAttribute("name", this.compilations.codeName(dimension, code, locale));
		model.addAttribute("lines", compilation.linesUnder(dimension, code, kind));
		model.addAttribute("activities",
				kind == null && !code.isEmpty() ? compilation.activitiesUnder(dimension, code) : List.of());
		return "compilations/lines";
	}

	private Map<String, String> names(Compilation compilation, Locale locale) {
		Map<String, String> names = new LinkedHashMap<>();
		for (Dimension dimension : Dimension.values()) {
			compilation.figures()
				.by(dimension)
				.forEach(row -> names.put(dimension + ":" + row.code(),
						this.compilations.codeName(dimension, row.code(), locale)));
		}
		return names;
	}

}
