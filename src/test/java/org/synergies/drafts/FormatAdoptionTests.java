package org.synergies.drafts;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.synergies.accreditation.AccreditationProcesses;
import org.synergies.accreditation.ProcessView;
import org.synergies.meetings.DecisionView;
import org.synergies.reporting.internal.ReportingTemplates;
import org.synergies.reporting.TemplateView;
import org.synergies.shared.InvalidInputException;
import org.synergies.shared.RuleViolationException;
import org.synergies.shared.VersionStatus;
import org.synergies.support.DatabaseTest;
import org.synergies.support.TestAccreditation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Adopting the process adopts or requires the version of the reporting format it refers
 * to (decision 13.CC a)), whichever of the two was submitted first. Its own context: the
 * process versions it adopts would leave the shared context's open call under a process
 * no longer in force, which the other tests' fixtures apply under.
 */
@SpringBootTest(properties = "synergies.test.fresh=format-adoption")
@AutoConfigureMockMvc
@DatabaseTest
class FormatAdoptionTests {

	@Autowired
	AccreditationProcesses processes;

	@Autowired
	ReportingTemplates templates;

	@Autowired
	TestAccreditation accreditation;

	@Test
	void adoptingTheProcessAdoptsTheSubmittedFormatItRefersToByTheSameDecision() {
		TemplateView before = Drafts.formatAdopted(this.templates, this.accreditation);
		TemplateView format = Drafts.formatSubmitted(this.templates, this.accreditation);
		ProcessView process = this.processes.submit(Drafts.processDraft(this.processes, format.id()).id());
		DecisionView decision = this.accreditation.writtenDecision("Adopts the process and its reporting format.");

		ProcessView adopted = this.processes.adopt(process.id(), decision.id());

		assertThat(adopted.status()).isEqualTo(VersionStatus.ADOPTED);
		TemplateView formatNow = this.templates.find(format.id()).orElseThrow();
		assertThat(formatNow.status()).isEqualTo(VersionStatus.ADOPTED);
		assertThat(formatNow.adoptedBy()).isEqualTo(decision.id());
		assertThat(this.templates.find(before.id()).orElseThrow().status()).isEqualTo(VersionStatus.SUPERSEDED);
	}

	@Test
	void aFormatAdoptedBeforeTheProcessStaysAsItWasAdopted() {
		TemplateView format = Drafts.formatAdopted(this.templates, this.accreditation);
		ProcessView process = this.processes.submit(Drafts.processDraft(this.processes, format.id()).id());

		this.processes.adopt(process.id(), this.accreditation.writtenDecision("Adopts the process.").id());

		assertThat(this.processes.find(process.id()).orElseThrow().status()).isEqualTo(VersionStatus.ADOPTED);
		TemplateView formatNow = this.templates.find(format.id()).orElseThrow();
		assertThat(formatNow.status()).isEqualTo(VersionStatus.ADOPTED);
		assertThat(formatNow.adoptedBy()).isEqualTo(format.adoptedBy());
		assertThat(formatNow.version()).isEqualTo(format.version());
	}

	@Test
	void aProcessReferringToADraftFormatIsNotAdoptedAndNothingChanges() {
		TemplateView format = Drafts.formatDraft(this.templates, this.accreditation);
		ProcessView process = this.processes.submit(Drafts.processDraft(this.processes, format.id()).id());
		ProcessView inForce = this.processes.inForce().orElse(null);

		assertThatThrownBy(() -> this.processes.adopt(process.id(),
				this.accreditation.writtenDecision("Adopts the process.").id()))
			.isInstanceOf(RuleViolationException.class)
			.hasMessage("process.rule.format-not-submitted");

		assertThat(this.processes.find(process.id()).orElseThrow().status()).isEqualTo(VersionStatus.SUBMITTED);
		assertThat(this.templates.find(format.id()).orElseThrow().status()).isEqualTo(VersionStatus.DRAFT);
		if (inForce != null) {
			assertThat(this.processes.find(inForce.id()).orElseThrow().status()).isEqualTo(VersionStatus.ADOPTED);
		}
	}

	@Test
	void aDraftCannotReferToASupersededFormat() {
		TemplateView superseded = Drafts.formatAdopted(this.templates, this.accreditation);
		Drafts.formatAdopted(this.templates, this.accreditation);

		assertThatThrownBy(() -> Drafts.processDraft(this.processes, superseded.id())).isInstanceOfSatisfying(
				InvalidInputException.class, invalid -> assertThat(invalid.problems()).anySatisfy(problem -> {
					assertThat(problem.field()).isEqualTo("reportingFormat");
					assertThat(problem.messageKey()).isEqualTo("process.rule.format-unknown");
				}));
		assertThat(this.processes.linkableFormats()).noneMatch(version -> version.id().equals(superseded.id()));
	}

}
