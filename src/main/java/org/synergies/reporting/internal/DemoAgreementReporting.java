package org.synergies.reporting.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.synergies.accounts.AccountManagement;
import org.synergies.accounts.AccountView;
import org.synergies.accounts.CurrentUser;
import org.synergies.meetings.GoverningBodies;
import org.synergies.meetings.GoverningBody;
import org.synergies.meetings.MeetingView;
import org.synergies.reporting.CycleView;
import org.synergies.reporting.ReportView;
import org.synergies.reporting.Visibility;
import org.synergies.system.DemoData;

/**
 * A cycle for an Agreement's meeting, as the demo shows it: civil society reports to the
 * ninth session of the AEWA Meeting of the Parties. BirdLife International (invited)
 * reports a flyway activity for AEWA and the Raptors MOU; Born Free Foundation (which
 * must report) an activity for CMS alone. Both are accepted, so that the AEWA compilation
 * says that one of the two reports received contains activities for AEWA.
 */
@Component
@DemoData
@Order(41)
class DemoAgreementReporting implements ApplicationRunner {

	private final ReportingCycles cycles;

	private final Reports reports;

	private final ReportReview review;

	private final GoverningBodies bodies;

	private final AccountManagement accounts;

	private final Clock clock;

	DemoAgreementReporting(ReportingCycles cycles, Reports reports, ReportReview review, GoverningBodies bodies,
			AccountManagement accounts, Clock clock) {
		this.cycles = cycles;
		this.reports = reports;
		this.review = review;
		this.bodies = bodies;
		this.accounts = accounts;
		this.clock = clock;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments arguments) {
		MeetingView mop9 = this.bodies.meetings(GoverningBody.AEWA_MEETING_OF_THE_PARTIES)
			.stream()
			.filter(meeting -> meeting.number() == 9)
			.findFirst()
			.orElse(null);
		if (mop9 == null || this.cycles.cycles().stream().anyMatch(cycle -> cycle.meeting().equals(mop9.id()))) {
			return;
		}
		LocalDate today = LocalDate.now(this.clock);
		CycleView cycle = this.cycles
			.open(new NewCycle(mop9.id(), today.minusWeeks(2), null, 12, List.of(28, 7, 1), List.of(7, 21)));
		UUID bornFree = organizationOf("member@synergies.example");
		UUID birdLife = organizationOf("birdlife@synergies.example");
		this.cycles.invite(cycle.id(), birdLife);
		// Born Free reported to COP15's cycle within the process's reporting interval, so
		// it is
		// not due here: it reports on invitation
		this.cycles.invite(cycle.id(), bornFree);
		this.cycles.setRates(cycle.id(), Map.of("EUR", new BigDecimal("1.08"), "GBP", new BigDecimal("1.27")));
		report("birdlife@synergies.example", cycle, birdLife,
				answers(activity("a1", "Wadden Sea flyway: monitoring of waders and raptors",
						"Coordinated counts of waders and birds of prey along the East Atlantic Flyway.",
						List.of("AEWA", "RAPTORS"), "BIRDS", List.of("NL", "DE", "DK", "MR")), "64000", "EUR"));
		report("member@synergies.example", cycle, bornFree,
				answers(activity("a1", "Elephant corridors in the Tsavo–Mkomazi landscape",
						"Community rangers keep the cross-border corridor open.", List.of("CMS"), "TERRESTRIAL_MAMMALS",
						List.of("KE", "TZ")), "20000", "GBP"));
	}

	private void report(String email, CycleView cycle, UUID organization, Map<String, Object> answers) {
		ReportView submitted = as(email, () -> {
			ReportView started = this.reports.start(cycle.id(), organization, false);
			ReportView saved = this.reports.save(started.id(), started.version(), answers).report();
			return this.reports.submit(saved.id(), saved.version());
		});
		as("officer@synergies.example",
				() -> this.review.accept(submitted.id(), submitted.version(), Visibility.PUBLIC));
	}

	private static Map<String, Object> answers(Map<String, Object> activity, String amount, String currency) {
		Map<String, Object> line = new LinkedHashMap<>();
		line.put("_id", "f1");
		line.put("kind", "CASH");
		line.put("amount", Map.of("amount", amount, "currency", currency));
		line.put("activity", activity.get("_id"));
		line.put("description", "Field work");
		Map<String, Object> answers = new LinkedHashMap<>();
		answers.put("activities", List.of(activity));
		answers.put("financialLines", List.of(line));
		return answers;
	}

	private static Map<String, Object> activity(String id, String title, String description, List<String> instruments,
			String species, List<String> countries) {
		Map<String, Object> activity = new LinkedHashMap<>();
		activity.put("_id", id);
		activity.put("title", title);
		activity.put("description", description);
		activity.put("instruments", instruments);
		activity.put("speciesGroups", List.of(species));
		activity.put("countries", countries);
		activity.put("regions", List.of(countries.contains("KE") ? "AFRICA" : "EUROPE"));
		activity.put("targets", List.of("10"));
		return activity;
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
