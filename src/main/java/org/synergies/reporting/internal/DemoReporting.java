package org.synergies.reporting.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
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
import org.synergies.meetings.DecisionProcedure;
import org.synergies.meetings.GoverningBodies;
import org.synergies.meetings.GoverningBody;
import org.synergies.meetings.MeetingView;
import org.synergies.meetings.NewDecision;
import org.synergies.reporting.CycleView;
import org.synergies.reporting.ReportView;
import org.synergies.reporting.TemplateView;
import org.synergies.reporting.Visibility;
import org.synergies.shared.VersionStatus;
import org.synergies.system.DemoData;

/**
 * Reporting as the demo shows it: the format in force (adopted with the process), the
 * cycle for COP15 open (due ten weeks before the meeting) with its exchange rates, Born
 * Free Foundation's report accepted and published, OceanCare invited and drafting in
 * French, BirdLife International invited and not started; both told of the cycle's
 * opening.
 */
@Component
@DemoData
@Order(40)
class DemoReporting implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoReporting.class);

	private final ReportingTemplates templates;

	private final ReportingCycles cycles;

	private final Reports reports;

	private final ReportReview review;

	private final GoverningBodies bodies;

	private final AccountManagement accounts;

	private final ReportingNotices notices;

	private final Clock clock;

	DemoReporting(ReportingTemplates templates, ReportingCycles cycles, Reports reports, ReportReview review,
			GoverningBodies bodies, AccountManagement accounts, ReportingNotices notices, Clock clock) {
		this.templates = templates;
		this.cycles = cycles;
		this.reports = reports;
		this.review = review;
		this.bodies = bodies;
		this.accounts = accounts;
		this.notices = notices;
		this.clock = clock;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments arguments) {
		if (!this.cycles.cycles().isEmpty()) {
			return;
		}
		LocalDate today = LocalDate.now(this.clock);
		// version 1 of the format is adopted with the process that refers to it
		// (DemoFormatDraft, DemoAccreditation); adopted here only if it was not
		if (this.templates.inForce().isEmpty()) {
			TemplateView draft = this.templates.currentDraft().orElseGet(this.templates::startDraft);
			if (draft.status() == VersionStatus.DRAFT) {
				this.templates.submit(draft.id());
			}
			this.templates.adopt(draft.id(), this.bodies.record(new NewDecision(GoverningBody.STANDING_COMMITTEE, null,
					DecisionProcedure.WRITTEN_PROCEDURE, "StC/WP/" + today.minusMonths(18).getYear() + "/03",
					today.minusMonths(18),
					"The Standing Committee adopts, by written procedure, version 1 of the civil-society reporting format.",
					null))
				.id());
		}

		MeetingView cop15 = this.bodies.meetings(GoverningBody.CONFERENCE_OF_THE_PARTIES)
			.stream()
			.filter(meeting -> meeting.number() == 15)
			.findFirst()
			.orElseThrow();
		CycleView cycle = this.cycles
			.open(new NewCycle(cop15.id(), today.minusWeeks(4), null, 10, List.of(28, 7, 1), List.of(7, 21)));
		UUID bornFree = organizationOf("member@synergies.example");
		UUID oceanCare = organizationOf("oceancare@synergies.example");
		UUID birdLife = organizationOf("birdlife@synergies.example");
		this.cycles.invite(cycle.id(), oceanCare);
		this.cycles.invite(cycle.id(), birdLife);
		this.cycles.setRates(cycle.id(),
				Map.of("EUR", new BigDecimal("1.08"), "GBP", new BigDecimal("1.27"), "CHF", new BigDecimal("1.13")));

		ReportView bornFreeReport = as("member@synergies.example", () -> {
			ReportView started = this.reports.start(cycle.id(), bornFree, false);
			ReportView saved = this.reports.save(started.id(), started.version(), bornFreeAnswers()).report();
			return this.reports.submit(saved.id(), saved.version());
		});
		as("officer@synergies.example",
				() -> this.review.accept(bornFreeReport.id(), bornFreeReport.version(), Visibility.PUBLIC));

		as("oceancare@synergies.example", () -> {
			ReportView started = this.reports.start(cycle.id(), oceanCare, false);
			return this.reports.save(started.id(), started.version(), oceanCareDraft()).report();
		});
		// the cycle opened four weeks ago: the organizations that have not reported were
		// told then (the daily job would catch up at its next run)
		int told = this.notices.sendDue();
		log.info("Demo data: reporting format v1 in force, the COP15 cycle open, one report published, {} notices",
				told);
	}

	private static Map<String, Object> bornFreeAnswers() {
		Map<String, Object> answers = new LinkedHashMap<>();
		answers.put("activities", List.of(activity("a1", "Elephant corridors in the Tsavo–Mkomazi landscape",
				"Community rangers and GPS collars keep the cross-border corridor open for elephants.", List.of("CMS"),
				List.of("TERRESTRIAL_MAMMALS"), List.of("KE", "TZ"), List.of("AFRICA"), List.of("5", "10")),
				activity("a2", "Cetacean strandings network in the Mediterranean",
						"Training of veterinarians and volunteers to respond to strandings and collect data.",
						List.of("CMS", "ACCOBAMS"), List.of("AQUATIC_MAMMALS"), List.of("IT", "GR", "HR"),
						List.of("EUROPE"), List.of("12")),
				activity("a3", "Great-ape sanctuary support in Cameroon",
						"Care and rehabilitation of confiscated gorillas and chimpanzees; support to law enforcement.",
						List.of("CMS", "GORILLA"), List.of("TERRESTRIAL_MAMMALS"), List.of("CM"), List.of("AFRICA"),
						List.of("6", "7"))));
		answers.put("financialLines",
				List.of(line("f1", "CASH", "85000", "GBP", "a1", "Ranger salaries and collars"),
						line("f2", "CASH", "42000", "EUR", "a2", "Training and equipment"),
						line("f3", "IN_KIND", "30000", "GBP", "a3", "Veterinary staff seconded")));
		answers.put("staffMonths", "18");
		answers.put("staffDescription", "Two programme officers and the head of policy.");
		answers.put("expertise", "Wildlife welfare, elephant–human conflict, captive wildlife.");
		answers.put("publications",
				List.of(Map.of("_id", "p1", "title", "Elephants in the landscape", "year", "2025")));
		return answers;
	}

	private static Map<String, Object> oceanCareDraft() {
		Map<String, Object> answers = new LinkedHashMap<>();
		answers.put("activities", List.of(activity("a1", "Bruit sous-marin et cétacés",
				"Mesures du bruit sous-marin et recommandations aux Parties de l’ACCOBAMS.", List.of("ACCOBAMS"),
				List.of("AQUATIC_MAMMALS"), List.of("FR", "IT", "MC"), List.of("EUROPE"), List.of("12"))));
		answers.put("financialLines", List.of(line("f1", "CASH", "60000", "CHF", "a1", "Campagnes de mesure")));
		return answers;
	}

	private static Map<String, Object> activity(String id, String title, String description, List<String> instruments,
			List<String> species, List<String> countries, List<String> regions, List<String> targets) {
		Map<String, Object> activity = new LinkedHashMap<>();
		activity.put("_id", id);
		activity.put("title", title);
		activity.put("description", description);
		activity.put("instruments", instruments);
		activity.put("speciesGroups", species);
		activity.put("countries", countries);
		activity.put("regions", regions);
		activity.put("targets", targets);
		return activity;
	}

	private static Map<String, Object> line(String id, String kind, String amount, String currency, String activity,
			String description) {
		Map<String, Object> line = new LinkedHashMap<>();
		line.put("_id", id);
		line.put("kind", kind);
		line.put("amount", Map.of("amount", amount, "currency", currency));
		line.put("activity", activity);
		line.put("description", description);
		return line;
	}

	private UUID organizationOf(String email) {
		return account(email).organizations().iterator().next();
	}

	private AccountView account(String email) {
		return this.accounts.findByEmail(email).orElseThrow();
	}

	private <T> T as(String email, Supplier<T> step) {
		return CurrentUser.of(account(email)).runAs(step);
	}

}
