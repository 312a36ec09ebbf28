package org.synergies.support;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.synergies.accounts.AccountDetails;
import org.synergies.accounts.AccountView;
import org.synergies.accounts.Role;
import org.synergies.accreditation.AccreditationApplications;
import org.synergies.accreditation.AccreditationProcesses;
import org.synergies.accreditation.AnswerInput;
import org.synergies.accreditation.ApplicationView;
import org.synergies.accreditation.CallsForApplications;
import org.synergies.accreditation.Criterion;
import org.synergies.accreditation.ProcessContent;
import org.synergies.accreditation.ProcessView;
import org.synergies.accreditation.RequiredDocument;
import org.synergies.accreditation.Screening;
import org.synergies.files.SampleFiles;
import org.synergies.meetings.DecisionProcedure;
import org.synergies.meetings.DecisionView;
import org.synergies.meetings.GoverningBodies;
import org.synergies.meetings.GoverningBody;
import org.synergies.meetings.NewDecision;
import org.synergies.organizations.OrganizationView;
import org.synergies.shared.Language;
import org.synergies.shared.VersionStatus;

/**
 * Domain fixtures for the accreditation: a process in force with an open call, NGOs with
 * members, complete applications at each stage.
 */
@Component
public class TestAccreditation {

	public static final ProcessContent CONTENT = new ProcessContent(
			"NGO partners apply under an open call; the Standing Committee decides.",
			"Les ONG partenaires déposent leur demande dans le cadre d’un appel ouvert.",
			"Las ONG asociadas presentan su solicitud en el marco de una convocatoria abierta.", 4, null, 36,
			List.of(new Criterion("C1", "The organization works for the conservation of migratory species.",
					"L’organisation œuvre à la conservation des espèces migratrices.",
					"La organización trabaja por la conservación de las especies migratorias.", false),
					new Criterion("C2", "The organization is a non-profit.", "L’organisation est à but non lucratif.",
							"La organización no tiene fines de lucro.", true)),
			List.of(new RequiredDocument("D1", "Statutes", "Statuts", "Estatutos"),
					new RequiredDocument("D2", "Letter from the head of the organization",
							"Lettre du responsable de l’organisation", "Carta del responsable de la organización")));

	private final AccreditationProcesses processes;

	private final CallsForApplications calls;

	private final AccreditationApplications applications;

	private final Screening screening;

	private final GoverningBodies bodies;

	private final TestAccounts accounts;

	private final TestOrganizations organizations;

	TestAccreditation(AccreditationProcesses processes, CallsForApplications calls,
			AccreditationApplications applications, Screening screening, GoverningBodies bodies, TestAccounts accounts,
			TestOrganizations organizations) {
		this.processes = processes;
		this.calls = calls;
		this.applications = applications;
		this.screening = screening;
		this.bodies = bodies;
		this.accounts = accounts;
		this.organizations = organizations;
	}

	/** A process version in force and a call open today; reuses them when they exist. */
	public ProcessView processInForceWithOpenCall() {
		ProcessView process = this.processes.inForce().orElseGet(this::adoptNewVersion);
		if (this.calls.openCall().isEmpty()) {
			LocalDate today = LocalDate.now();
			boolean overlapping = this.calls.calls().stream().anyMatch(call -> !call.closesOn().isBefore(today));
			if (!overlapping) {
				this.calls.open(today.minusDays(1), today.plusDays(60));
			}
		}
		return this.processes.inForce().orElseThrow();
	}

	public ProcessView adoptNewVersion() {
		this.processes.currentDraft().ifPresent(draft -> {
			if (draft.status() == VersionStatus.DRAFT) {
				this.processes.write(draft.id(), draft.version(), CONTENT);
				this.processes.submit(draft.id());
			}
		});
		ProcessView draft = this.processes.currentDraft().orElseGet(() -> {
			ProcessView created = this.processes.startDraft(null);
			this.processes.write(created.id(), created.version(), CONTENT);
			return this.processes.submit(created.id());
		});
		return this.processes.adopt(draft.id(), writtenDecision("Adopts the accreditation process.").id());
	}

	public DecisionView writtenDecision(String text) {
		return this.bodies.record(new NewDecision(GoverningBody.STANDING_COMMITTEE, null,
				DecisionProcedure.WRITTEN_PROCEDURE, reference(), LocalDate.now().minusDays(1), text, null));
	}

	public static NewDecision decision(String text) {
		return new NewDecision(GoverningBody.STANDING_COMMITTEE, null, DecisionProcedure.WRITTEN_PROCEDURE, reference(),
				LocalDate.now(), text, null);
	}

	public static String reference() {
		return "StC/WP/" + UUID.randomUUID().toString().substring(0, 8);
	}

	/** An NGO and one active member of it, in the given language. */
	public Ngo ngo(Language language) {
		OrganizationView organization = this.organizations.ngo();
		AccountView member = this.accounts.active(new AccountDetails(TestAccounts.uniqueEmail("ngo"), "NGO Member",
				language, Set.of(Role.ORGANIZATION_MEMBER), Set.of(organization.id()), null));
		return new Ngo(organization, member);
	}

	public record Ngo(OrganizationView organization, AccountView member) {
	}

	/**
	 * A complete application, started and filled in by the NGO's member, still a draft.
	 */
	public ApplicationView completeDraft(Ngo ngo) {
		return completeDraft(ngo.organization().id(), ngo.member());
	}

	public ApplicationView completeDraft(UUID organization, AccountView member) {
		return TestAccounts.runAs(member, () -> {
			ApplicationView started = this.applications.start(organization);
			ApplicationView answered = this.applications.saveAnswers(started.id(), started.version(),
					Map.of("C1", new AnswerInput("Since 1984 we protect elephants and sharks.", Language.EN), "C2",
							new AnswerInput("Registered charity no. 1070906.", Language.EN)));
			this.applications.uploadEvidence(answered.id(), "C2", "charity.pdf", SampleFiles.pdf());
			this.applications.uploadDocument(answered.id(), "D1", "statutes.pdf", SampleFiles.pdf());
			return this.applications.uploadDocument(answered.id(), "D2", "letter.docx", SampleFiles.docx());
		});
	}

	public ApplicationView submitted(Ngo ngo) {
		ApplicationView draft = completeDraft(ngo);
		return TestAccounts.runAs(ngo.member(), () -> this.applications.submit(draft.id()));
	}

	public ApplicationView forwarded(Ngo ngo) {
		ApplicationView submitted = submitted(ngo);
		return this.screening.forward(submitted.id(), submitted.version());
	}

	/**
	 * An application of this organization, made by this member, forwarded to the
	 * Committee.
	 */
	public ApplicationView forwarded(UUID organization, AccountView member) {
		ApplicationView draft = completeDraft(organization, member);
		ApplicationView submitted = TestAccounts.runAs(member, () -> this.applications.submit(draft.id()));
		return this.screening.forward(submitted.id(), submitted.version());
	}

}
