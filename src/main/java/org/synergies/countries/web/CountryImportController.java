package org.synergies.countries.web;

import java.io.IOException;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.synergies.countries.CountryImportPreview;
import org.synergies.countries.CountryImportResult;
import org.synergies.countries.CountryImports;
import org.synergies.documents.SpreadsheetReader;
import org.synergies.shared.NotFoundException;
import org.synergies.shared.RuleViolationException;

/**
 * Importing memberships or focal points: choose what the file holds, upload it, read the
 * preview row by row, then apply every valid row or all rows at once. Nothing is written
 * before the confirmation.
 */
@Controller
@RequestMapping("/countries/import")
@PreAuthorize("@countryAccess.isSecretariat()")
class CountryImportController {

	private final CountryImports imports;

	CountryImportController(CountryImports imports) {
		this.imports = imports;
	}

	@GetMapping
	String upload(Model model) {
		model.addAttribute("kinds", CountryImportPreview.Kind.values());
		model.addAttribute("membershipColumns", CountryImports.columns(CountryImportPreview.Kind.MEMBERSHIPS));
		model.addAttribute("focalPointColumns", CountryImports.columns(CountryImportPreview.Kind.FOCAL_POINTS));
		model.addAttribute("maxMegabytes", SpreadsheetReader.MAX_BYTES / (1024 * 1024));
		model.addAttribute("maxRows", SpreadsheetReader.MAX_ROWS);
		return "countries/import";
	}

	@PostMapping
	String preview(@RequestParam(required = false) CountryImportPreview.@Nullable Kind kind,
			@RequestParam(name = "file", required = false) @Nullable MultipartFile file, Model model)
			throws IOException {
		try {
			String name = file == null || file.getOriginalFilename() == null ? "" : file.getOriginalFilename();
			CountryImportPreview preview = this.imports.preview(
					kind == null ? CountryImportPreview.Kind.MEMBERSHIPS : kind, name,
					file == null ? new byte[0] : file.getBytes());
			return "redirect:/countries/import/" + preview.id();
		}
		catch (RuleViolationException refused) {
			model.addAttribute("fileError", refused);
			return upload(model);
		}
	}

	@GetMapping("/{importId}")
	String show(@PathVariable UUID importId, Model model) {
		model.addAttribute("preview",
				this.imports.find(importId).orElseThrow(() -> new NotFoundException("country-import", importId)));
		return "countries/import-preview";
	}

	@PostMapping("/{importId}")
	String apply(@PathVariable UUID importId, @RequestParam(required = false) CountryImportPreview.@Nullable Mode mode,
			Model model, RedirectAttributes redirect) {
		if (mode == null) {
			return "redirect:/countries/import/" + importId;
		}
		try {
			CountryImportResult result = this.imports.apply(importId, mode);
			redirect.addFlashAttribute("imported", result);
			return "redirect:/countries/import/" + importId;
		}
		catch (RuleViolationException refused) {
			model.addAttribute("applyError", refused);
			return show(importId, model);
		}
	}

}
