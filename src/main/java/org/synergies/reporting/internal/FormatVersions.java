package org.synergies.reporting.internal;

import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.synergies.meetings.AdoptableTexts;
import org.synergies.reporting.TemplateView;
import org.synergies.shared.NotFoundException;
import org.synergies.shared.VersionStatus;

/** The versions of the reporting format, as the adoption flow reaches them. */
@Component
class FormatVersions implements AdoptableTexts<ReportingTemplate, TemplateView> {

	private final Templates templates;

	private final ReportingSteps steps;

	FormatVersions(Templates templates, ReportingSteps steps) {
		this.templates = templates;
		this.steps = steps;
	}

	@Override
	public String kind() {
		return ReportingSteps.TEMPLATE;
	}

	@Override
	public String rules() {
		return "template";
	}

	@Override
	public ReportingTemplate require(UUID id) {
		return this.templates.findById(id).orElseThrow(() -> new NotFoundException(kind(), id));
	}

	@Override
	public Optional<ReportingTemplate> inForce() {
		return this.templates.findByStatus(VersionStatus.ADOPTED).stream().findFirst();
	}

	@Override
	public ReportingTemplate save(ReportingTemplate version) {
		return this.templates.save(version);
	}

	@Override
	public TemplateView view(ReportingTemplate version) {
		return this.steps.view(version);
	}

}
