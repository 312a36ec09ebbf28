package org.synergies.mandates.web;

import java.io.IOException;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.synergies.mandates.MandateDetails;
import org.synergies.mandates.MandateImportPreview;
import org.synergies.mandates.MandateImports;
import org.synergies.mandates.MandateKind;
import org.synergies.mandates.MandateStatus;
import org.synergies.mandates.MandateView;
import org.synergies.mandates.Mandates;
import org.synergies.mandates.ParagraphDetails;
import org.synergies.mandates.ParagraphKind;
import org.synergies.mandates.ParagraphNumber;
import org.synergies.mandates.Repeals;
import org.synergies.meetings.GoverningBodies;
import org.synergies.meetings.MeetingView;
import org.synergies.shared.FieldProblem;
import org.synergies.shared.InvalidInputException;
import org.synergies.shared.Language;

/**
 * The Secretariat writes texts through the API: records a text, adds paragraphs (all or
 * none), removes one, imports a language from a DOCX (with a dry run that saves nothing),
 * records a repeal. A stale {@code version} answers 409.
 */
@RestController
@RequestMapping("/api/v1/mandates")
@PreAuthorize("@mandateAccess.isSecretariat()")
@SecurityRequirement(name = "bearer")
@Tag(name = "Mandates")
class MandateWritesApiController {

	private final Mandates mandates;

	private final MandateImports imports;

	private final Repeals repeals;

	private final GoverningBodies bodies;

	private final MessageSource messages;

	MandateWritesApiController(Mandates mandates, MandateImports imports, Repeals repeals, GoverningBodies bodies,
			MessageSource messages) {
		this.mandates = mandates;
		this.imports = imports;
		this.repeals = repeals;
		this.bodies = bodies;
		this.messages = messages;
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Record a resolution or decision",
			description = "Without paragraphs; one text per number and revision; an adopted text names the meeting that adopted it (400 with the fields otherwise).")
	MandateTextResponse record(@RequestBody MandateCreateRequest request) {
		return response(this.mandates.record(request.details()));
	}

	@PostMapping("/{id}/paragraphs")
	@Operation(summary = "Add paragraphs to a text",
			description = "All or none: every problem of every paragraph is reported (fields `paragraphs[i].…`). `version` is the text's as read: 409 when it changed since.")
	MandateTextResponse enter(@PathVariable UUID id, @RequestBody MandateParagraphsRequest request) {
		return response(
				this.mandates.enter(id, request.version() == null ? -1 : request.version(), request.paragraphs() == null
						? List.of() : request.paragraphs().stream().map(MandateParagraphRequest::details).toList()));
	}

	@DeleteMapping("/{id}/paragraphs/{paragraph}")
	@Operation(summary = "Remove one paragraph in one language",
			description = "`version` is the text's as read: 409 when it changed since.")
	MandateTextResponse remove(@PathVariable UUID id, @PathVariable UUID paragraph, @RequestParam long version) {
		return response(this.mandates.remove(id, version, paragraph));
	}

	@PostMapping(path = "/{id}/import", consumes = "multipart/form-data")
	@Operation(summary = "Import a language of a text from a DOCX",
			description = "The file (`file`) in one `language`: recitals with their opening words, numbered operative paragraphs (6 bis…), sub-paragraphs, footnotes. With `dryRun=true` nothing is saved and each paragraph comes with its problems; otherwise every paragraph is saved or none (400 with the problems), and `version` must be the text's as read (409 otherwise). A file that is not a DOCX or not a resolution: 422 or 409 with the rule.")
	MandateImportResponse importFile(@PathVariable UUID id, @RequestParam("file") MultipartFile file,
			@RequestParam(required = false) @Nullable Language language,
			@RequestParam(required = false) @Nullable Long version,
			@RequestParam(defaultValue = "false") boolean dryRun) throws IOException {
		String name = String.valueOf(file.getOriginalFilename());
		MandateImportPreview preview = this.imports.dryRun(id, language, name, file.getBytes());
		if (dryRun) {
			return MandateImportResponse.of(preview, false, null, this::message);
		}
		MandateView saved = this.imports.importNow(id, version == null ? -1 : version, language, name, file.getBytes());
		return MandateImportResponse.of(preview, true, response(saved), this::message);
	}

	@PostMapping("/{id}/repeals")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Record that an operative paragraph of this adopted text repeals other texts",
			description = "`symbols` such as \"Resolution 7.9\" or \"Decision 13.AA\": every text is resolved or nothing is recorded (400 naming the unknown ones). A repealed text drops out of the active mandates.")
	List<MandateRepealResponse> repeal(@PathVariable UUID id, @RequestBody MandateRepealRequest request) {
		ParagraphNumber number = request.paragraph() == null ? null
				: ParagraphNumber.parse(request.paragraph()).orElse(null);
		if (number == null && request.paragraph() != null && !request.paragraph().isBlank()) {
			throw new InvalidInputException(List
				.of(new FieldProblem("paragraph", "mandates.paragraph.number.invalid", request.paragraph().strip())));
		}
		return this.repeals.repeal(id, number, request.symbols() == null ? List.of() : request.symbols())
			.stream()
			.map(MandateRepealResponse::of)
			.toList();
	}

	private MandateTextResponse response(MandateView mandate) {
		String meeting = mandate.meeting() == null ? null
				: this.bodies.meeting(mandate.meeting()).map(MeetingView::code).orElse(null);
		return MandateTextResponse.of(mandate, meeting, true, this.repeals.of(mandate).orElse(null));
	}

	private String message(FieldProblem problem) {
		return this.messages.getMessage(problem.messageKey(), problem.arguments(), problem.messageKey(),
				LocaleContextHolder.getLocale());
	}

	/** A text to record. */
	record MandateCreateRequest(@Nullable MandateKind kind, @Nullable String number, @Nullable String revision,
			@Nullable String titleEn, @Nullable String titleFr, @Nullable String titleEs, @Nullable UUID meeting,
			@Nullable MandateStatus status) {

		MandateDetails details() {
			return new MandateDetails(this.kind, this.number, this.revision, this.titleEn, this.titleFr, this.titleEs,
					this.meeting, this.status);
		}

	}

	/** Paragraphs to add, all or none; {@code version} is the text's as read. */
	record MandateParagraphsRequest(@Nullable Long version, @Nullable List<MandateParagraphRequest> paragraphs) {
	}

	/**
	 * A paragraph in one language.
	 *
	 * @param number as adopted: "6.bis", "6 bis"
	 * @param subParagraphs one per line, "a) …" or "- …"
	 * @param footnotes one per line
	 */
	record MandateParagraphRequest(@Nullable Language language, @Nullable ParagraphKind kind, @Nullable String number,
			@Nullable String openingWords, @Nullable String text, @Nullable String subParagraphs,
			@Nullable String footnotes) {

		ParagraphDetails details() {
			return new ParagraphDetails(this.language, this.kind, this.number, this.openingWords, this.text,
					this.subParagraphs, this.footnotes);
		}

	}

	/**
	 * A repeal to record.
	 *
	 * @param paragraph the repealing operative paragraph of this text: "27"
	 * @param symbols the texts it repeals: "Resolution 7.9", "Decision 13.AA"
	 */
	record MandateRepealRequest(@Nullable String paragraph, @Nullable List<String> symbols) {
	}

}
