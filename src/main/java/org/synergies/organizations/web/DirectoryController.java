package org.synergies.organizations.web;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.synergies.audit.AuditTrail;
import org.synergies.organizations.DirectoryQuery;
import org.synergies.organizations.NgoPartners;
import org.synergies.organizations.OrganizationAccess;
import org.synergies.organizations.OrganizationKind;
import org.synergies.organizations.OrganizationManagement;
import org.synergies.organizations.OrganizationStatus;
import org.synergies.organizations.OrganizationView;
import org.synergies.organizations.ProfileNotes;
import org.synergies.organizations.internal.SpreadsheetWriter;
import org.synergies.shared.NotFoundException;

/**
 * The public directory of partners: search, filters, sorting, pages, profiles, exports.
 * Visitors see active organizations and no personal data; the Secretariat can also list
 * archived and merged ones.
 */
@Controller
@RequestMapping("/organizations")
class DirectoryController {

	static final int[] PAGE_SIZES = { 10, 25, 50, 100 };

	private final OrganizationManagement organizations;

	private final OrganizationAccess access;

	private final ReferenceLists lists;

	private final AuditTrail audit;

	private final List<ProfileNotes> notes;

	private final NgoPartners partners;

	private final Clock clock;

	DirectoryController(OrganizationManagement organizations, OrganizationAccess access, ReferenceLists lists,
			AuditTrail audit, List<ProfileNotes> notes, NgoPartners partners, Clock clock) {
		this.clock = clock;
		this.partners = partners;
		this.organizations = organizations;
		this.access = access;
		this.lists = lists;
		this.audit = audit;
		this.notes = notes;
	}

	/** The directory's search, as its form and links send it. */
	record DirectoryFilter(@Nullable String q, @Nullable OrganizationKind kind, @Nullable String country,
			@Nullable String instrument, @Nullable OrganizationStatus status, DirectoryQuery.@Nullable Sort sort,
			@Nullable Integer page, @Nullable Integer size, @Nullable Boolean ngoPartners) {
	}

	@GetMapping
	String directory(@ModelAttribute DirectoryFilter filter,
			@RequestHeader(name = "HX-Request", required = false) @Nullable String htmx, Model model, Locale locale) {
		DirectoryQuery query = query(filter);
		model.addAttribute("result", this.organizations.directory(query));
		model.addAttribute("query", query);
		model.addAttribute("sorts", DirectoryQuery.Sort.values());
		model.addAttribute("sizes", PAGE_SIZES);
		model.addAttribute("statuses", OrganizationStatus.values());
		this.lists.addTo(model, locale);
		return htmx != null ? "organizations/directory :: results" : "organizations/directory";
	}

	@GetMapping("/{id}")
	String profile(@PathVariable UUID id, Model model, Locale locale) {
		OrganizationView organization = this.organizations.find(id)
			.filter(found -> found.status() != OrganizationStatus.ARCHIVED || this.access.isSecretariat())
			.orElseThrow(() -> new NotFoundException(OrganizationManagement.AUDITED_AS, id));
		if (organization.status() == OrganizationStatus.MERGED && organization.mergedInto() != null
				&& !this.access.isSecretariat()) {
			return "redirect:/organizations/" + organization.mergedInto() + "?mergedFrom=" + id;
		}
		boolean insider = this.access.canSeeContacts(id);
		model.addAttribute("ngoPartner", this.partners.includes(id));
		model.addAttribute("notes", this.notes.stream().flatMap(source -> source.notesFor(id).stream()).toList());
		model.addAttribute("organization", insider ? organization : organization.withoutContacts());
		model.addAttribute("canEdit", this.access.canEdit(id) && organization.status() != OrganizationStatus.MERGED);
		model.addAttribute("insider", insider);
		model.addAttribute("secretariat", this.access.isSecretariat());
		if (insider) {
			model.addAttribute("members", this.organizations.members(id));
			model.addAttribute("contactForm", ContactForm.empty());
		}
		if (this.access.isSecretariat()) {
			model.addAttribute("history", this.audit.historyOf(OrganizationManagement.AUDITED_AS, id));
			if (organization.mergedInto() != null) {
				model.addAttribute("survivor", this.organizations.find(organization.mergedInto()).orElse(null));
			}
		}
		this.lists.addTo(model, locale);
		return "organizations/profile";
	}

	@GetMapping("/export.csv")
	void exportCsv(@ModelAttribute DirectoryFilter filter, HttpServletResponse response) throws IOException {
		DirectoryQuery query = query(filter);
		download(response, "text/csv;charset=UTF-8", "csv");
		try (OutputStream out = response.getOutputStream()) {
			SpreadsheetWriter.csv(action -> this.organizations.forEach(query, action), out);
		}
	}

	@GetMapping("/export.xlsx")
	void exportXlsx(@ModelAttribute DirectoryFilter filter, HttpServletResponse response) throws IOException {
		DirectoryQuery query = query(filter);
		download(response, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx");
		try (OutputStream out = response.getOutputStream()) {
			SpreadsheetWriter.xlsx(action -> this.organizations.forEach(query, action), "organizations", out);
		}
	}

	/** Only the Secretariat may look beyond active organizations. */
	private DirectoryQuery query(DirectoryFilter filter) {
		OrganizationStatus visible = filter.status() != null && this.access.isSecretariat() ? filter.status()
				: OrganizationStatus.ACTIVE;
		return new DirectoryQuery(filter.q(), filter.kind(), blankToNull(filter.country()),
				blankToNull(filter.instrument()), visible,
				filter.sort() == null ? DirectoryQuery.Sort.NAME : filter.sort(),
				filter.page() == null ? 0 : filter.page(), filter.size() == null ? 25 : filter.size(),
				Boolean.TRUE.equals(filter.ngoPartners()));
	}

	private void download(HttpServletResponse response, String contentType, String extension) {
		response.setContentType(contentType);
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				"attachment; filename=\"synergies-organizations-" + LocalDate.now(this.clock) + "." + extension + "\"");
	}

	private static @Nullable String blankToNull(@Nullable String value) {
		return value == null || value.isBlank() ? null : value;
	}

}
