package org.synergies.reporting.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.synergies.accounts.CurrentUser;
import org.synergies.organizations.OrganizationManagement;
import org.synergies.organizations.OrganizationView;
import org.synergies.reporting.CycleView;
import org.synergies.reporting.ReportView;
import org.synergies.reporting.internal.ReportingAccess;
import org.synergies.reporting.internal.ReportingCycles;
import org.synergies.reporting.internal.Reports;

/**
 * Reporting at a glance: for an NGO's members, the cycles their organizations report in
 * and their reports; for the Secretariat, every cycle; for everyone, the published
 * reports and the figures of each cycle.
 */
@Controller
class ReportingHomeController {

	/** An organization's place in a cycle open to it: its report, or none yet. */
	record Open(CycleView cycle, OrganizationView organization, @Nullable ReportView report, boolean hasPrevious) {
	}

	/** A published report, with what to show of it. */
	record Published(ReportView report, String organization, String meeting) {
	}

	private final ReportingCycles cycles;

	private final Reports reports;

	private final OrganizationManagement organizations;

	private final ReportingAccess access;

	ReportingHomeController(ReportingCycles cycles, Reports reports, OrganizationManagement organizations,
			ReportingAccess access) {
		this.cycles = cycles;
		this.reports = reports;
		this.organizations = organizations;
		this.access = access;
	}

	@GetMapping("/reporting")
	String home(Model model) {
		List<CycleView> cycles = this.cycles.cycles();
		Map<UUID, String> meetings = new HashMap<>();
		cycles.forEach(cycle -> meetings.put(cycle.id(), cycle.meetingCode()));
		model.addAttribute("cycles", cycles);
		model.addAttribute("secretariat", this.access.isSecretariat());
		List<Open> open = new ArrayList<>();
		CurrentUser.get().ifPresent(user -> {
			for (UUID organization : user.organizations()) {
				OrganizationView found = this.organizations.find(organization).orElse(null);
				if (found == null) {
					continue;
				}
				for (CycleView cycle : this.cycles.openFor(organization)) {
					open.add(new Open(cycle, found, this.reports.of(cycle.id(), organization).orElse(null),
							this.reports.previous(organization, cycle.id()).isPresent()));
				}
			}
			model.addAttribute("mine", this.reports.ofOrganizations(user.organizations()));
		});
		model.addAttribute("open", open);
		model.addAttribute("meetings", meetings);
		model.addAttribute("published", this.reports.published()
			.stream()
			.map(report -> new Published(report,
					this.organizations.find(report.organization()).map(OrganizationView::officialName).orElse("?"),
					meetings.getOrDefault(report.cycle(), "")))
			.toList());
		return "reporting/home";
	}

}
