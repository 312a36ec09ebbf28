package org.synergies.reporting.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.synergies.accreditation.ReportingFormats;
import org.synergies.meetings.Adoptions;
import org.synergies.shared.RuleViolationException;

/**
 * The versions of the reporting format as the accreditation process refers to them, and
 * their adoption with the process: through the one adoption flow, in the transaction of
 * the process's adoption, so both are in force or neither is.
 */
@Component
class LinkedFormats implements ReportingFormats {

	private final Templates templates;

	private final FormatVersions texts;

	private final Adoptions adoptions;

	LinkedFormats(Templates templates, FormatVersions texts, Adoptions adoptions) {
		this.templates = templates;
		this.texts = texts;
		this.adoptions = adoptions;
	}

	@Override
	public Optional<FormatVersion> find(UUID format) {
		return this.templates.findById(format).map(LinkedFormats::version);
	}

	@Override
	public List<FormatVersion> linkable() {
		return this.templates.findAllByOrderByNumberDesc()
			.stream()
			.map(LinkedFormats::version)
			.filter(FormatVersion::isLinkable)
			.toList();
	}

	@Override
	public void adoptWith(UUID format, UUID decision) {
		ReportingTemplate version = this.texts.require(format);
		switch (version.status()) {
			case DRAFT -> throw new RuleViolationException("process.rule.format-not-submitted", version.number());
			case SUBMITTED -> this.adoptions.adopt(this.texts, format, decision);
			case ADOPTED, SUPERSEDED -> {
				// adopted before the process: it stays as it is
			}
		}
	}

	private static FormatVersion version(ReportingTemplate template) {
		return new FormatVersion(template.id(), template.number(), template.status());
	}

}
