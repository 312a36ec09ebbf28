package org.synergies.organizations.web;

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
import org.synergies.organizations.ImportPreview;
import org.synergies.organizations.ImportResult;
import org.synergies.organizations.OrganizationImports;
import org.synergies.organizations.internal.OrganizationFile;
import org.synergies.organizations.internal.SpreadsheetReader;
import org.synergies.shared.NotFoundException;
import org.synergies.shared.RuleViolationException;

/**
 * Importing organizations: upload a file, read the preview row by row, then apply every
 * valid row or all rows at once. Nothing is written before the confirmation.
 */
@Controller
@RequestMapping("/organizations/import")
@PreAuthorize("@organizationAccess.isSecretariat()")
class ImportController {

	private final OrganizationImports imports;

	ImportController(OrganizationImports imports) {
		this.imports = imports;
	}

	@GetMapping
	String upload(Model model) {
		model.addAttribute("columns", OrganizationFile.COLUMNS);
		model.addAttribute("maxMegabytes", SpreadsheetReader.MAX_BYTES / (1024 * 1024));
		model.addAttribute("maxRows", SpreadsheetReader.MAX_ROWS);
		return "organizations/import";
	}

	@PostMapping
	String preview(@RequestParam(name = "file", required = false) @Nullable MultipartFile file, Model model)
			throws IOException {
		try {
			String name = file == null || file.getOriginalFilename() == null ? "" : file.getOriginalFilename();
			ImportPreview preview = this.imports.preview(name, file == null ? new byte[0] : file.getBytes());
			return "redirect:/organizations/import/" + preview.id();
		}
		catch (RuleViolationException refused) {
			model.addAttribute("fileError", refused);
			return upload(model);
		}
	}

	@GetMapping("/{importId}")
	String show(@PathVariable UUID importId, Model model) {
		model.addAttribute("preview",
				this.imports.find(importId).orElseThrow(() -> new NotFoundException("organization-import", importId)));
		return "organizations/import-preview";
	}

	@PostMapping("/{importId}")
	String apply(@PathVariable UUID importId, @RequestParam(required = false) ImportPreview.@Nullable Mode mode,
			Model model, RedirectAttributes redirect) {
		if (mode == null) {
			return "redirect:/organizations/import/" + importId;
		}
		try {
			ImportResult result = this.imports.apply(importId, mode);
			redirect.addFlashAttribute("imported", result);
			return "redirect:/organizations/import/" + importId;
		}
		catch (RuleViolationException refused) {
			model.addAttribute("applyError", refused);
			return show(importId, model);
		}
	}

}
