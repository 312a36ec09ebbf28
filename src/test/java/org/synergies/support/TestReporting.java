package org.synergies.support;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.synergies.accreditation.ApplicationAction.Outcome;
import org.synergies.accreditation.ApplicationView;
import org.synergies.accreditation.CommitteeReview;
import org.synergies.meetings.DecisionProcedure;
import org.synergies.meetings.GoverningBodies;
import org.synergies.meetings.GoverningBody;
import org.synergies.meetings.MeetingView;
import org.synergies.meetings.NewDecision;
import org.synergies.meetings.NewMeeting;
import org.synergies.reporting.CycleView;
import org.synergies.reporting.ReportView;
import org.synergies.reporting.Visibility;
import org.synergies.reporting.internal.ReportReview;
import org.synergies.reporting.internal.Reports;
import org.synergies.reporting.internal.NewCycle;
import org.synergies.reporting.internal.ReportingCycles;
import org.synergies.reporting.internal.ReportingTemplates;
import org.synergies.reporting.TemplateView;
import org.synergies.shared.Language;
import org.synergies.shared.VersionStatus;
import org.synergies.support.TestAccreditation.Ngo;

/**
 * Reporting fixtures: the default template in force, a cycle for a meeting of its own,
 * accredited NGOs, and answers that make a complete report.
 */
@Component
public class TestReporting {

	private static final AtomicInteger meetings = new AtomicInteger(100 + (int) (System.nanoTime() % 800));

	private final ReportingTemplates templates;

	private final ReportingCycles cycles;

	private final GoverningBodies bodies;

	private final TestAccreditation accreditation;

	private final CommitteeReview review;

	private final Reports reports;

	private final ReportReview reportReview;

	TestReporting(ReportingTemplates templates, ReportingCycles cycles, GoverningBodies bodies,
			TestAccreditation accreditation, CommitteeReview review, Reports reports, ReportReview reportReview) {
		this.reports = reports;
		this.reportReview = reportReview;
		this.templates = templates;
		this.cycles = cycles;
		this.bodies = bodies;
		this.accreditation = accreditation;
		this.review = review;
	}

	/** The template in force; adopts the default one when there is none. */
	public TemplateView templateInForce() {
		return this.templates.inForce().orElseGet(() -> {
			TemplateView draft = this.templates.currentDraft().orElseGet(this.templates::startDraft);
			if (draft.status() == VersionStatus.DRAFT) {
				this.templates.submit(draft.id());
			}
			return this.templates.adopt(draft.id(),
					this.accreditation.writtenDecision("Adopts the civil-society reporting format.").id());
		});
	}

	/** A COP meeting of its own, starting in four months. */
	public MeetingView meeting() {
		LocalDate starts = LocalDate.now().plusMonths(4);
		return this.bodies.schedule(new NewMeeting(GoverningBody.CONFERENCE_OF_THE_PARTIES, meetings.incrementAndGet(),
				starts, starts.plusDays(5), "Bonn", "DE"));
	}

	/** A meeting of its own of a body (an Agreement's), starting in four months. */
	public MeetingView meetingOf(UUID body) {
		LocalDate starts = LocalDate.now().plusMonths(4);
		return this.bodies
			.schedule(new NewMeeting(body, meetings.incrementAndGet(), starts, starts.plusDays(4), "Bonn", "DE"));
	}

	/**
	 * A cycle for a meeting of its own of a body, open since yesterday, due in 60 days.
	 */
	public CycleView openCycleFor(UUID body) {
		templateInForce();
		return this.cycles.open(new NewCycle(meetingOf(body).id(), LocalDate.now().minusDays(1),
				LocalDate.now().plusDays(60), null, null, null));
	}

	/** A cycle open since yesterday, due in 60 days. */
	public CycleView openCycle() {
		return cycle(LocalDate.now().minusDays(1), LocalDate.now().plusDays(60));
	}

	public CycleView cycle(LocalDate opensOn, LocalDate deadline) {
		templateInForce();
		return this.cycles.open(new NewCycle(meeting().id(), opensOn, deadline, null, null, null));
	}

	/** An NGO accredited today, with one member in the given language. */
	public Ngo accreditedNgo(Language language) {
		return accreditedNgo(language, LocalDate.now());
	}

	/** An NGO accredited from a date (the Committee's decision), with one member. */
	public Ngo accreditedNgo(Language language, LocalDate since) {
		this.accreditation.processInForceWithOpenCall();
		Ngo ngo = this.accreditation.ngo(language);
		ApplicationView forwarded = this.accreditation.forwarded(ngo);
		this.review.decide(forwarded.id(), forwarded.version(), Outcome.ACCREDIT,
				new NewDecision(GoverningBody.STANDING_COMMITTEE, null, DecisionProcedure.WRITTEN_PROCEDURE,
						TestAccreditation.reference(), since, "Approved.", null));
		return ngo;
	}

	/**
	 * Answers that make a complete report: two activities (the second for AEWA too), one
	 * cash line in euros for the first, one in-kind line in Kenyan shillings for the
	 * second, staff time.
	 */
	/**
	 * The organization's report in the cycle with these answers, submitted by its member
	 * and accepted as public by the Secretariat.
	 */
	public ReportView acceptedReport(Ngo ngo, CycleView cycle, Map<String, Object> answers) {
		ReportView submitted = TestAccounts.runAs(ngo.member(), () -> {
			ReportView started = this.reports.start(cycle.id(), ngo.organization().id(), false);
			ReportView saved = this.reports.save(started.id(), started.version(), answers).report();
			return this.reports.submit(saved.id(), saved.version());
		});
		return this.reportReview.accept(submitted.id(), submitted.version(), Visibility.PUBLIC);
	}

	public static Map<String, Object> completeAnswers() {
		Map<String, Object> answers = new LinkedHashMap<>();
		answers.put("activities",
				List.of(activity("a1", "Sahel flyway monitoring", List.of("CMS"), List.of("BIRDS"), List.of("ML", "NE"),
						List.of("AFRICA"), List.of("8", "10")),
						activity("a2", "Wetland restoration in the Rift Valley", List.of("CMS", "AEWA"),
								List.of("BIRDS"), List.of("KE"), List.of("AFRICA"), List.of("10"))));
		answers.put("financialLines",
				List.of(line("f1", "CASH", "12500.50", "EUR", "a1"), line("f2", "IN_KIND", "1000000", "KES", "a2")));
		answers.put("staffMonths", "6");
		return answers;
	}

	public static Map<String, Object> activity(String id, String title, List<String> instruments, List<String> species,
			List<String> countries, List<String> regions, List<String> targets) {
		Map<String, Object> activity = new LinkedHashMap<>();
		activity.put("_id", id);
		activity.put("title", title);
		activity.put("description", "What we did: " + title + ".");
		activity.put("instruments", instruments);
		activity.put("speciesGroups", species);
		activity.put("countries", countries);
		activity.put("regions", regions);
		activity.put("targets", targets);
		return activity;
	}

	public static Map<String, Object> line(String id, String kind, String amount, String currency,
			@Nullable String activity) {
		Map<String, Object> line = new LinkedHashMap<>();
		line.put("_id", id);
		line.put("kind", kind);
		line.put("amount", Map.of("amount", amount, "currency", currency));
		if (activity != null) {
			line.put("activity", activity);
		}
		return line;
	}

}
