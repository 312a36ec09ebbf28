package org.synergies.accreditation.internal;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.synergies.accounts.AccountManagement;
import org.synergies.accounts.AccountView;
import org.synergies.accounts.CurrentUser;
import org.synergies.accreditation.AccreditationApplications;
import org.synergies.accreditation.AccreditationProcesses;
import org.synergies.accreditation.AnswerInput;
import org.synergies.accreditation.ApplicationAction.Outcome;
import org.synergies.accreditation.ApplicationView;
import org.synergies.accreditation.CallsForApplications;
import org.synergies.accreditation.CommitteeReview;
import org.synergies.accreditation.Criterion;
import org.synergies.accreditation.ProcessContent;
import org.synergies.accreditation.ProcessView;
import org.synergies.accreditation.Recommendation;
import org.synergies.accreditation.RequiredDocument;
import org.synergies.accreditation.Screening;
import org.synergies.accreditation.ReportingFormats;
import org.synergies.drafts.DraftComments;
import org.synergies.meetings.DecisionProcedure;
import org.synergies.meetings.DecisionView;
import org.synergies.meetings.GoverningBodies;
import org.synergies.meetings.GoverningBody;
import org.synergies.meetings.NewDecision;
import org.synergies.organizations.DirectoryQuery;
import org.synergies.organizations.OrganizationManagement;
import org.synergies.organizations.OrganizationStatus;
import org.synergies.shared.Language;
import org.synergies.shared.VersionStatus;
import org.synergies.system.DemoData;

/**
 * The accreditation as the demo shows it: the working group's draft of process v1,
 * referring to the format it drafted with it (DemoFormatDraft) and commented on by its
 * members, adopted with that format intersessionally by written procedure, an open call,
 * Born Free Foundation accredited, OceanCare under review by the Standing Committee,
 * BirdLife International drafting. Dates are relative to today so that the call is always
 * open.
 */
@Component
@DemoData
@Order(30)
class DemoAccreditation implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoAccreditation.class);

	static final ProcessContent PROCESS = new ProcessContent(
			"NGO partners of CMS may apply for a special accreditation during a call for applications. The Secretariat screens each application for completeness and forwards it to the Standing Committee, which decides between meetings of the Conference of the Parties. Accredited NGO partners report to each meeting of the COP using the civil-society reporting format.",
			"Les ONG partenaires de la CMS peuvent demander une accréditation spéciale pendant un appel à candidatures. Le Secrétariat vérifie que chaque demande est complète et la transmet au Comité permanent, qui décide entre les sessions de la Conférence des Parties. Les ONG partenaires accréditées font rapport à chaque session de la COP selon le format de rapport de la société civile.",
			"Las ONG asociadas a la CMS pueden solicitar una acreditación especial durante una convocatoria. La Secretaría comprueba que cada solicitud esté completa y la remite al Comité Permanente, que decide entre las reuniones de la Conferencia de las Partes. Las ONG asociadas acreditadas informan a cada reunión de la COP con el formato de informe de la sociedad civil.",
			4, null, 36,
			List.of(new Criterion("",
					"The organization pursues the conservation of migratory species or their habitats.",
					"L’organisation poursuit la conservation d’espèces migratrices ou de leurs habitats.",
					"La organización persigue la conservación de especies migratorias o de sus hábitats.", false),
					new Criterion("",
							"The organization is a non-profit entity legally registered for at least three years.",
							"L’organisation est une entité à but non lucratif enregistrée légalement depuis au moins trois ans.",
							"La organización es una entidad sin fines de lucro registrada legalmente desde hace al menos tres años.",
							true),
					new Criterion("",
							"The organization has contributed to the implementation of CMS or of an instrument of the CMS Family.",
							"L’organisation a contribué à la mise en œuvre de la CMS ou d’un instrument de la Famille de la CMS.",
							"La organización ha contribuido a la aplicación de la CMS o de un instrumento de la Familia de la CMS.",
							true)),
			List.of(new RequiredDocument("", "Statutes", "Statuts", "Estatutos"),
					new RequiredDocument("", "Registration certificate", "Certificat d’enregistrement",
							"Certificado de registro"),
					new RequiredDocument("", "Letter from the head of the organization",
							"Lettre du responsable de l’organisation", "Carta del responsable de la organización")));

	private static final byte[] PDF = """
			%PDF-1.4
			1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj
			2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj
			trailer << /Root 1 0 R >>
			%%EOF
			""".getBytes(StandardCharsets.US_ASCII);

	private final AccreditationProcesses processes;

	private final CallsForApplications calls;

	private final AccreditationApplications applications;

	private final Screening screening;

	private final CommitteeReview review;

	private final GoverningBodies bodies;

	private final OrganizationManagement organizations;

	private final AccountManagement accounts;

	private final DraftComments comments;

	private final Clock clock;

	DemoAccreditation(DraftComments comments, AccreditationProcesses processes, CallsForApplications calls,
			AccreditationApplications applications, Screening screening, CommitteeReview review, GoverningBodies bodies,
			OrganizationManagement organizations, AccountManagement accounts, Clock clock) {
		this.processes = processes;
		this.calls = calls;
		this.applications = applications;
		this.screening = screening;
		this.review = review;
		this.bodies = bodies;
		this.organizations = organizations;
		this.accounts = accounts;
		this.clock = clock;
		this.comments = comments;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments arguments) {
		if (!this.processes.versions().isEmpty()) {
			return;
		}
		LocalDate today = LocalDate.now(this.clock);
		GoverningBody group = this.bodies.bodies()
			.stream()
			.filter(body -> DemoMandate.WORKING_GROUP.equals(body.code()))
			.findFirst()
			.orElseThrow();
		ProcessView draft = this.processes.startDraft(group.id());
		draft = this.processes.write(draft.id(), draft.version(), withFormat(PROCESS));
		comment("focalpoint@synergies.example", draft, "C2",
				"Three years of registration may exclude young national NGOs doing good work; could the Committee be allowed to waive it on the Secretariat's advice?");
		comment("member@synergies.example", draft, "D3",
				"Una carta del responsable de la organización basta; pedir además un acta del consejo sería una carga para las ONG pequeñas.");
		comment("officer@synergies.example", draft, "C2",
				"The Secretariat keeps three years, as in ECOSOC practice; the Committee may still defer an application it finds promising.");
		this.processes.submit(draft.id());
		// decision 13.CC a): the Committee adopts the process, and with it the model of
		// report it refers to, in one decision
		this.processes.adopt(draft.id(), writtenDecision("StC/WP/" + today.minusMonths(20).getYear() + "/01",
				today.minusMonths(20),
				"Under decision 13.CC a), the Standing Committee adopts, by written procedure, version 1 of the process for the special accreditation of NGO partners and version 1 of the civil-society reporting format it refers to, both drafted by the intersessional working group.")
			.id());
		this.calls.open(today.minusMonths(3), today.plusMonths(4));

		UUID bornFree = organization("Born Free Foundation");
		UUID oceanCare = organization("OceanCare");
		UUID birdLife = organization("BirdLife International");
		AccountView standing = account("stc@synergies.example");

		ApplicationView accredited = as("member@synergies.example", () -> complete(bornFree, Language.EN));
		accredited = as("member@synergies.example", submit(accredited));
		accredited = this.screening.forward(accredited.id(), accredited.version());
		UUID accreditedId = accredited.id();
		accredited = as(standing.email(), () -> this.review.recommend(accreditedId, Recommendation.APPROVE, null));
		this.review.decide(accredited.id(), accredited.version(), Outcome.ACCREDIT,
				new NewDecision(GoverningBody.STANDING_COMMITTEE, null, DecisionProcedure.WRITTEN_PROCEDURE,
						"StC/WP/" + today.minusMonths(2).getYear() + "/07", today.minusMonths(2),
						"The Standing Committee grants the special accreditation to Born Free Foundation.", null));

		ApplicationView underReview = as("oceancare@synergies.example", () -> complete(oceanCare, Language.FR));
		underReview = as("oceancare@synergies.example", submit(underReview));
		underReview = this.screening.ask(underReview.id(), "Please confirm the year in which OceanCare was registered.",
				today.plusDays(7));
		UUID question = underReview.questions().get(0).id();
		UUID reviewId = underReview.id();
		underReview = as("oceancare@synergies.example", () -> this.applications.answerQuestion(reviewId, question,
				"OceanCare est enregistrée comme association en Suisse depuis 1989."));
		underReview = this.screening.forward(underReview.id(), underReview.version());
		as(standing.email(), () -> this.review.recommend(reviewId, Recommendation.APPROVE, null));

		as("birdlife@synergies.example", () -> this.applications.start(birdLife));
		log.info("Demo data: accreditation process v1 in force, a call open, three applications");
	}

	/** The process refers to the format the working group submitted with it (if any). */
	private ProcessContent withFormat(ProcessContent content) {
		UUID format = this.processes.linkableFormats()
			.stream()
			.filter(version -> version.status() == VersionStatus.SUBMITTED)
			.map(ReportingFormats.FormatVersion::id)
			.findFirst()
			.orElse(null);
		return new ProcessContent(content.textEn(), content.textFr(), content.textEs(), content.validityYears(), format,
				content.reportingIntervalMonths(), content.criteria(), content.documents());
	}

	private void comment(String email, ProcessView draft, String reference, String text) {
		as(email, () -> this.comments.comment(this.processes.commentable(draft.id()), text, reference));
	}

	private ApplicationView complete(UUID organization, Language language) {
		ApplicationView started = this.applications.start(organization);
		ApplicationView answered = this.applications.saveAnswers(started.id(), started.version(),
				Map.of("C1", new AnswerInput(answer(language, 1), language), "C2",
						new AnswerInput(answer(language, 2), language), "C3",
						new AnswerInput(answer(language, 3), language)));
		this.applications.uploadEvidence(answered.id(), "C2", "registration.pdf", PDF);
		this.applications.uploadEvidence(answered.id(), "C3", "contributions.pdf", PDF);
		this.applications.uploadDocument(answered.id(), "D1", "statutes.pdf", PDF);
		this.applications.uploadDocument(answered.id(), "D2", "certificate.pdf", PDF);
		return this.applications.uploadDocument(answered.id(), "D3", "letter.pdf", PDF);
	}

	private Supplier<ApplicationView> submit(ApplicationView application) {
		return () -> this.applications.submit(application.id());
	}

	private static String answer(Language language, int criterion) {
		return switch (language) {
			case FR -> List
				.of("Nous protégeons les cétacés de la Méditerranée et de la mer Noire.",
						"Association enregistrée en Suisse depuis 1989.",
						"Contributions aux travaux de l’ACCOBAMS et de l’ASCOBANS sur le bruit sous-marin.")
				.get(criterion - 1);
			case ES -> List.of("Protegemos las aves migratorias.", "Registrada desde 1993.", "Contribuciones a la CMS.")
				.get(criterion - 1);
			case EN -> List.of("We work for the conservation of elephants, great apes and marine species.",
					"Registered charity in England and Wales since 1984.",
					"Partnership agreement with the CMS Secretariat signed at ScC-SC3 (2018).")
				.get(criterion - 1);
		};
	}

	private DecisionView writtenDecision(String reference, LocalDate on, String text) {
		return this.bodies.record(new NewDecision(GoverningBody.STANDING_COMMITTEE, null,
				DecisionProcedure.WRITTEN_PROCEDURE, reference, on, text, null));
	}

	private UUID organization(String name) {
		return this.organizations
			.directory(new DirectoryQuery(name, null, null, null, OrganizationStatus.ACTIVE, DirectoryQuery.Sort.NAME,
					0, 5))
			.organizations()
			.stream()
			.filter(found -> found.officialName().equals(name))
			.findFirst()
			.orElseThrow()
			.id();
	}

	private AccountView account(String email) {
		return this.accounts.findByEmail(email).orElseThrow();
	}

	/** Runs a step as a demo person, as if they had signed in. */
	private <T> T as(String email, Supplier<T> step) {
		return CurrentUser.of(account(email)).runAs(step);
	}

}
