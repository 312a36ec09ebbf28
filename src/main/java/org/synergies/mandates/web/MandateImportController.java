package org.synergies.mandates.web;

import java.io.IOException;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.synergies.files.StoredFiles;
import org.synergies.mandates.MandateImportPreview;
import org.synergies.mandates.MandateImports;
import org.synergies.mandates.MandateView;
import org.synergies.mandates.Mandates;
import org.synergies.shared.InvalidInputException;
import org.synergies.shared.Language;
import org.synergies.shared.NotFoundException;
import org.synergies.shared.RuleViolationException;

/**
 * Importing a text in one language from a DOCX: upload, read the preview paragraph by
 * paragraph, then save every paragraph or none. Nothing is written before the
 * confirmation; a preview is its author's only.
 */
@Controller
@RequestMapping("/mandates/texts/{id}/import")
@PreAuthorize("@mandateAccess.isSecretariat()")
class MandateImportController {

	private final Mandates mandates;

	private final MandateImports imports;

	private final StoredFiles files;

	MandateImportController(Mandates mandates, MandateImports imports, StoredFiles files) {
		this.mandates = mandates;
		this.imports = imports;
		this.files = files;
	}

	@GetMapping
	String upload(@PathVariable UUID id, Model model) {
		model.addAttribute("mandate", this.mandates.require(id));
		model.addAttribute("maxMegabytes", this.files.maxBytes() / (1024 * 1024));
		return "mandates/import";
	}

	@PostMapping
	String preview(@PathVariable UUID id, @RequestParam(required = false) @Nullable Language language,
			@RequestParam(name = "file", required = false) @Nullable MultipartFile file, Model model)
			throws IOException {
		try {
			String name = file == null || file.getOriginalFilename() == null ? "" : file.getOriginalFilename();
			MandateImportPreview preview = this.imports.preview(id, language, name,
					file == null ? new byte[0] : file.getBytes());
			return "redirect:/mandates/texts/" + id + "/import/" + preview.id();
		}
		catch (RuleViolationException refused) {
			model.addAttribute("fileError", refused);
		}
		catch (InvalidInputException invalid) {
			model.addAttribute("languageError", invalid.problems().get(0));
		}
		model.addAttribute("chosen", language);
		return upload(id, model);
	}

	@GetMapping("/{importId}")
	String show(@PathVariable UUID id, @PathVariable UUID importId, Model model) {
		model.addAttribute("mandate", this.mandates.require(id));
		model.addAttribute("preview",
				this.imports.find(id, importId).orElseThrow(() -> new NotFoundException("mandate-import", importId)));
		return "mandates/import-preview";
	}

	@PostMapping("/{importId}")
	String confirm(@PathVariable UUID id, @PathVariable UUID importId, Model model) {
		try {
			MandateView saved = this.imports.confirm(id, importId);
			return "redirect:/mandates/texts/" + saved.id() + "/paragraphs?imported";
		}
		catch (OptimisticLockingFailureException stale) {
			model.addAttribute("confirmError", "mandates.import.stale");
		}
		catch (InvalidInputException invalid) {
			model.addAttribute("confirmError", "mandates.import.refused");
		}
		return show(id, importId, model);
	}

}
