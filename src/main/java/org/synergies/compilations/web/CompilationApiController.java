package org.synergies.compilations.web;

import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.synergies.compilations.Compilation.Dimension;
import org.synergies.compilations.Compilation.Kind;
import org.synergies.compilations.CompilationJobs;
import org.synergies.compilations.Compilations;
import org.synergies.compilations.web.CompilationResponses.CompilationJobResponse;
import org.synergies.compilations.web.CompilationResponses.CompilationRequest;
import org.synergies.compilations.web.CompilationResponses.FigureLineResponse;
import org.synergies.compilations.web.CompilationResponses.FiguresResponse;
import org.synergies.shared.Language;
import org.synergies.shared.NotFoundException;
import org.synergies.system.Downloads;

/**
 * The figures of a cycle and the compiled information document through the API.
 */
@RestController
@RequestMapping("/api/v1/reporting")
@Tag(name = "Reporting", description = "Reporting format, cycles, reports, figures and compilations")
class CompilationApiController {

	private final Compilations compilations;

	private final CompilationJobs jobs;

	CompilationApiController(Compilations compilations, CompilationJobs jobs) {
		this.compilations = compilations;
		this.jobs = jobs;
	}

	@GetMapping("/cycles/{id}/figures")
	@Operation(summary = "The combined figures of the cycle's accepted reports",
			description = "In US dollars, cash and in kind apart, by instrument, region, species group and target; for one instrument with `instrument`. Refused (409) while a rate is missing.")
	FiguresResponse figures(@PathVariable UUID id, @RequestParam(required = false) @Nullable String instrument) {
		return FiguresResponse.of(this.compilations.compile(id, blankToNull(instrument)).figures());
	}

	@GetMapping("/cycles/{id}/figures/lines")
	@PreAuthorize("@reportingAccess.isSecretariat()")
	@SecurityRequirement(name = "bearer")
	@Operation(summary = "The financial lines behind a figure",
			description = "An empty `code` gives the money funding no particular activity.")
	List<FigureLineResponse> lines(@PathVariable UUID id, @RequestParam(required = false) @Nullable String instrument,
			@RequestParam Dimension dimension, @RequestParam(defaultValue = "") String code,
			@RequestParam(required = false) @Nullable Kind kind) {
		return this.compilations.compile(id, blankToNull(instrument))
			.linesUnder(dimension, code, kind)
			.stream()
			.map(FigureLineResponse::of)
			.toList();
	}

	@PostMapping("/compilations")
	@ResponseStatus(HttpStatus.ACCEPTED)
	@PreAuthorize("@reportingAccess.isSecretariat()")
	@SecurityRequirement(name = "bearer")
	@Operation(summary = "Compile the information document in the background",
			description = "Refused at once (409) when an exchange rate is missing, and (400) when another compilation carries the symbol. "
					+ "Without a symbol, the compilation keeps the one it already carries in another language, or takes the next free "
					+ "information-document number of the cycle's meeting, as its body numbers them (`UNEP/CMS/COP15/Inf.2`, "
					+ "`AEWA/MOP9 Inf.1`). Poll the compilation for its progress.")
	CompilationJobResponse compile(@RequestBody CompilationRequest request) {
		return CompilationJobResponse.of(this.jobs.request(request.cycle(), blankToNull(request.instrument()),
				request.language() == null ? Language.EN : request.language(),
				request.original() == null ? Language.EN : request.original(), request.symbol()));
	}

	@GetMapping("/compilations/{id}")
	@PreAuthorize("@reportingAccess.isSecretariat()")
	@SecurityRequirement(name = "bearer")
	@Operation(summary = "A compilation and its progress")
	CompilationJobResponse compilation(@PathVariable UUID id) {
		return CompilationJobResponse
			.of(this.jobs.find(id).orElseThrow(() -> new NotFoundException("compilation", id)));
	}

	@GetMapping("/compilations/{id}/{format}")
	@PreAuthorize("@reportingAccess.isSecretariat()")
	@SecurityRequirement(name = "bearer")
	@Operation(summary = "A compiled output: docx, pdf, html, xlsx or csv")
	ResponseEntity<byte[]> output(@PathVariable UUID id, @PathVariable String format) {
		CompilationJobs.Download download = this.jobs.download(id, format);
		return Downloads.attachment(download.mediaType(), download.fileName(), download.content());
	}

	private static @Nullable String blankToNull(@Nullable String text) {
		return text == null || text.isBlank() ? null : text;
	}

}
