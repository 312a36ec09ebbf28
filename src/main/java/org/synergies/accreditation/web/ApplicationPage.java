package org.synergies.accreditation.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.synergies.accounts.CurrentUser;
import org.synergies.accreditation.AccreditationAccess;
import org.synergies.accreditation.AccreditationApplications;
import org.synergies.accreditation.AccreditationProcesses;
import org.synergies.accreditation.ApplicationAction.Outcome;
import org.synergies.accreditation.ApplicationView;
import org.synergies.accreditation.CallsForApplications;
import org.synergies.accreditation.CommitteeReview;
import org.synergies.accreditation.ProcessView;
import org.synergies.accreditation.Recommendation;
import org.synergies.accreditation.Screening;
import org.synergies.audit.AuditTrail;
import org.synergies.files.StoredFiles;
import org.synergies.meetings.DecisionProcedure;
import org.synergies.meetings.GoverningBodies;
import org.synergies.meetings.GoverningBody;
import org.synergies.organizations.OrganizationManagement;
import org.synergies.shared.Language;
import org.synergies.shared.NotFoundException;

/**
 * What the application pages show to each kind of reader.
 */
@Component
class ApplicationPage {

	private final AccreditationApplications applications;

	private final Screening screening;

	private final CommitteeReview review;

	private final AccreditationProcesses processes;

	private final CallsForApplications calls;

	private final OrganizationManagement organizations;

	private final GoverningBodies bodies;

	private final AccreditationAccess access;

	private final AuditTrail audit;

	private final long maxUploadMegabytes;

	ApplicationPage(AccreditationApplications applications, Screening screening, CommitteeReview review,
			AccreditationProcesses processes, CallsForApplications calls, OrganizationManagement organizations,
			GoverningBodies bodies, AccreditationAccess access, AuditTrail audit, StoredFiles files) {
		this.applications = applications;
		this.maxUploadMegabytes = files.maxBytes() / (1024 * 1024);
		this.screening = screening;
		this.review = review;
		this.processes = processes;
		this.calls = calls;
		this.organizations = organizations;
		this.bodies = bodies;
		this.access = access;
		this.audit = audit;
	}

	String list(Model model) {
		CurrentUser user = CurrentUser.require();
		List<ApplicationView> shown = new ArrayList<>();
		if (this.access.isSecretariat()) {
			shown.addAll(this.screening.applications());
		}
		else {
			shown.addAll(this.applications.of(user.organizations()));
			if (this.access.isCommitteeMember()) {
				this.review.applications().stream().filter(view -> !shown.contains(view)).forEach(shown::add);
			}
		}
		model.addAttribute("applications", shown);
		model.addAttribute("organizationNames", names(shown.stream().map(ApplicationView::organization).toList()));
		return "accreditation/applications";
	}

	String show(UUID id, Model model, Locale locale) {
		ApplicationView application = this.applications.find(id)
			.orElseThrow(() -> new NotFoundException("accreditation-application", id));
		ProcessView process = this.processes.find(application.process()).orElseThrow();
		boolean applicant = this.access.isApplicant(id);
		boolean secretariat = this.access.isSecretariat();
		boolean committee = this.access.isCommitteeMember();
		// "application" would be hidden by Thymeleaf's servlet-context variable
		model.addAttribute("app", application);
		model.addAttribute("maxUploadMegabytes", this.maxUploadMegabytes);
		model.addAttribute("process", process);
		model.addAttribute("organization", this.organizations.find(application.organization()).orElseThrow());
		model.addAttribute("call", this.calls.find(application.call()).orElse(null));
		model.addAttribute("applicant", applicant);
		model.addAttribute("secretariat", secretariat);
		model.addAttribute("committee", committee);
		model.addAttribute("missing", applicant || secretariat ? this.applications.missing(id) : List.of());
		model.addAttribute("languages", Language.values());
		model.addAttribute("recommendationChoices", Recommendation.values());
		model.addAttribute("outcomes", Outcome.values());
		model.addAttribute("procedures", DecisionProcedure.values());
		model.addAttribute("decisions", decisions(application));
		CurrentUser.get()
			.ifPresent(user -> model.addAttribute("myRecommendation",
					application.currentRecommendations()
						.stream()
						.filter(entry -> entry.member().equals(user.id()))
						.findFirst()
						.orElse(null)));
		if (secretariat) {
			model.addAttribute("meetings", this.bodies.meetings(GoverningBody.STANDING_COMMITTEE));
			model.addAttribute("history", this.audit.historyOf("accreditation-application", id));
		}
		return "accreditation/application";
	}

	/** The decisions taken on the application, by reference, oldest first. */
	private Map<UUID, String> decisions(ApplicationView application) {
		Map<UUID, String> references = new LinkedHashMap<>();
		for (ApplicationView.DecisionEntry entry : application.decisions()) {
			this.bodies.decision(entry.decision())
				.ifPresent(decision -> references.put(decision.id(), decision.reference()));
		}
		return references;
	}

	private Map<UUID, String> names(List<UUID> organizations) {
		Map<UUID, String> names = new HashMap<>();
		for (UUID organization : organizations) {
			names.computeIfAbsent(organization,
					id -> this.organizations.find(id).map(found -> found.officialName()).orElse(""));
		}
		return names;
	}

}
