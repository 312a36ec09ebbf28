package org.synergies.agreements.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.synergies.agreements.AgreementAccess;
import org.synergies.agreements.AgreementKind;
import org.synergies.agreements.AgreementQuery;
import org.synergies.agreements.AgreementStatus;
import org.synergies.agreements.AgreementView;
import org.synergies.agreements.Agreements;
import org.synergies.audit.AuditTrail;
import org.synergies.documents.Spreadsheets;
import org.synergies.files.StoredFile;
import org.synergies.shared.NotFoundException;
import org.synergies.system.Downloads;

/**
 * The public list of agreements (filters, CSV and XLSX), an agreement's page and its
 * signed document. Agreements under negotiation are shown to the Secretariat only.
 */
@Controller
@RequestMapping("/agreements")
class AgreementsController {

	/** The list's filters, as its form and links send them. */
	record AgreementFilter(@Nullable AgreementKind kind, @Nullable String instrument, @Nullable UUID partner,
			@Nullable AgreementStatus status) {

		AgreementQuery query() {
			return new AgreementQuery(this.kind, this.instrument, this.partner, this.status);
		}

	}

	private final Agreements agreements;

	private final AgreementLines lines;

	private final AgreementAccess access;

	private final AuditTrail audit;

	private final Clock clock;

	private final AgreementDecisionsPanel decisions;

	AgreementsController(Agreements agreements, AgreementLines lines, AgreementAccess access, AuditTrail audit,
			Clock clock, AgreementDecisionsPanel decisions) {
		this.decisions = decisions;
		this.agreements = agreements;
		this.lines = lines;
		this.access = access;
		this.audit = audit;
		this.clock = clock;
	}

	@GetMapping
	String list(@ModelAttribute("filter") AgreementFilter filter,
			@RequestHeader(name = "HX-Request", required = false) @Nullable String htmx, Model model, Locale locale) {
		model.addAttribute("lines", this.lines.lines(this.agreements.list(filter.query()), locale));
		this.lines.addChoices(model, locale);
		return htmx != null ? "agreements/list :: results" : "agreements/list";
	}

	@GetMapping("/export.csv")
	ResponseEntity<byte[]> exportCsv(@ModelAttribute AgreementFilter filter, Locale locale) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Spreadsheets.csv(table(filter, locale), out);
		return Downloads.attachment("text/csv;charset=UTF-8", fileName("csv"), out.toByteArray());
	}

	@GetMapping("/export.xlsx")
	ResponseEntity<byte[]> exportXlsx(@ModelAttribute AgreementFilter filter, Locale locale) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Spreadsheets.xlsx(List.of(table(filter, locale)), out);
		return Downloads.attachment("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
				fileName("xlsx"), out.toByteArray());
	}

	@GetMapping("/{id}")
	String agreement(@PathVariable UUID id, Model model, Locale locale) {
		AgreementView agreement = this.agreements.require(id);
		model.addAttribute("line", this.lines.line(agreement, locale));
		model.addAttribute("agreement", agreement);
		model.addAttribute("meeting", agreement.signedAtMeeting() == null ? null
				: this.lines.meetingsById().get(agreement.signedAtMeeting()));
		this.decisions.addTo(model, agreement);
		if (this.access.isSecretariat()) {
			model.addAttribute("history", this.audit.historyOf(Agreements.AUDITED_AS, id));
			model.addAttribute("meetings", this.lines.meetings());
		}
		return "agreements/agreement";
	}

	@GetMapping("/{id}/files/{file}")
	ResponseEntity<byte[]> document(@PathVariable UUID id, @PathVariable UUID file) {
		StoredFile stored = this.agreements.document(id, file).orElseThrow(() -> new NotFoundException("file", file));
		return Downloads.attachment(stored.kind().mediaType(), stored.name(), this.agreements.content(id, file));
	}

	private Spreadsheets.Table table(AgreementFilter filter, Locale locale) {
		return this.lines.table(this.agreements.list(filter.query()), locale);
	}

	private String fileName(String extension) {
		return "synergies-agreements-" + LocalDate.now(this.clock) + "." + extension;
	}

}
