package org.synergies.reporting.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.synergies.meetings.GoverningBodies;
import org.synergies.meetings.MeetingView;
import org.synergies.organizations.DirectoryQuery;
import org.synergies.organizations.OrganizationManagement;
import org.synergies.organizations.OrganizationStatus;
import org.synergies.reference.ReferenceData;
import org.synergies.reporting.CycleView;
import org.synergies.reporting.internal.NewCycle;
import org.synergies.reporting.internal.ReportingCycles;
import org.synergies.reporting.internal.ReportingNotices;
import org.synergies.shared.FieldProblem;
import org.synergies.shared.InvalidInputException;
import org.synergies.shared.NotFoundException;
import org.synergies.shared.RuleViolationException;
import org.synergies.system.FlashProblems;

/**
 * The Secretariat's side of a cycle: open it, follow each organization, invite, extend,
 * and read the exchange rates ({@link CycleRatesController} enters them). Compiling and
 * the figures belong to compilations, whose section the cycle's page loads.
 */
@Controller
@RequestMapping("/reporting")
class CycleController {

	private final ReportingCycles cycles;

	private final ReportingNotices notices;

	private final GoverningBodies bodies;

	private final OrganizationManagement organizations;

	private final ReferenceData reference;

	private final FlashProblems problems;

	private final Clock clock;

	CycleController(ReportingCycles cycles, ReportingNotices notices, GoverningBodies bodies,
			OrganizationManagement organizations, ReferenceData reference, FlashProblems problems, Clock clock) {
		this.clock = clock;
		this.reference = reference;
		this.cycles = cycles;
		this.notices = notices;
		this.bodies = bodies;
		this.organizations = organizations;
		this.problems = problems;
	}

	/**
	 * The meetings ahead of every body, the Agreements' included, grouped by instrument
	 * in the family's order.
	 */
	@GetMapping("/cycles/new")
	@PreAuthorize("@reportingAccess.isSecretariat()")
	String newCycle(Model model, Locale locale) {
		Map<String, List<MeetingView>> byInstrument = new LinkedHashMap<>();
		this.reference.instruments().forEach(instrument -> byInstrument.put(instrument.code(), new ArrayList<>()));
		this.bodies.meetings(null)
			.stream()
			.filter(meeting -> meeting.startsOn().isAfter(LocalDate.now(this.clock)))
			.sorted(Comparator.comparing(MeetingView::startsOn))
			.forEach(meeting -> byInstrument.computeIfAbsent(meeting.instrument(), code -> new ArrayList<>())
				.add(meeting));
		model.addAttribute("meetingGroups", byInstrument.entrySet()
			.stream()
			.filter(group -> !group.getValue().isEmpty())
			.map(group -> new MeetingGroup(this.reference.instrumentName(group.getKey(), locale), group.getValue()))
			.toList());
		return "reporting/cycle-new";
	}

	/** The meetings ahead of the bodies of one instrument. */
	record MeetingGroup(String instrumentName, List<MeetingView> meetings) {
	}

	@PostMapping("/cycles/new")
	@PreAuthorize("@reportingAccess.isSecretariat()")
	String open(@RequestParam(required = false) @Nullable UUID meeting,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate opensOn,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate deadline,
			@RequestParam(required = false) @Nullable Integer weeksBeforeMeeting,
			@RequestParam(defaultValue = "28, 7, 1") String reminderDays,
			@RequestParam(defaultValue = "7, 21") String lateReminderDays, RedirectAttributes redirect, Locale locale) {
		try {
			CycleView opened = this.cycles.open(new NewCycle(meeting, opensOn, deadline, weeksBeforeMeeting,
					days(reminderDays, "reminderDays"), days(lateReminderDays, "lateReminderDays")));
			return "redirect:/reporting/cycles/" + opened.id() + "?opened";
		}
		catch (RuleViolationException | InvalidInputException refused) {
			this.problems.flash(redirect, refused, locale);
			return "redirect:/reporting/cycles/new";
		}
	}

	@GetMapping("/cycles/{id}")
	@PreAuthorize("@reportingAccess.isSecretariat()")
	String cycle(@PathVariable UUID id, @RequestParam(required = false) @Nullable String q, Model model) {
		CycleView cycle = this.cycles.find(id).orElseThrow(() -> new NotFoundException("reporting-cycle", id));
		model.addAttribute("cycle", cycle);
		model.addAttribute("rows", this.cycles.overview(id));
		model.addAttribute("notices", this.notices.sentFor(id));
		model.addAttribute("rateMonth", YearMonth.now(this.clock));
		model.addAttribute("q", q);
		if (q != null && !q.isBlank()) {
			model.addAttribute("candidates",
					this.organizations
						.directory(new DirectoryQuery(q, null, null, null, OrganizationStatus.ACTIVE,
								DirectoryQuery.Sort.NAME, 0, 20))
						.organizations());
		}
		Map<UUID, String> names = new LinkedHashMap<>();
		this.notices.sentFor(id)
			.forEach(notice -> names.computeIfAbsent(notice.organization(),
					organization -> this.organizations.find(organization)
						.map(found -> found.officialName())
						.orElse("?")));
		model.addAttribute("noticeNames", names);
		return "reporting/cycle";
	}

	@PostMapping("/cycles/{id}/schedule")
	@PreAuthorize("@reportingAccess.isSecretariat()")
	String reschedule(@PathVariable UUID id, @RequestParam(defaultValue = "-1") long version,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate opensOn,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate deadline,
			@RequestParam(defaultValue = "") String reminderDays,
			@RequestParam(defaultValue = "") String lateReminderDays, RedirectAttributes redirect, Locale locale) {
		return act(id, "rescheduled", redirect, locale,
				() -> this.cycles.reschedule(id, version, new NewCycle(null, opensOn, deadline, null,
						days(reminderDays, "reminderDays"), days(lateReminderDays, "lateReminderDays"))));
	}

	@PostMapping("/cycles/{id}/invitations")
	@PreAuthorize("@reportingAccess.isSecretariat()")
	String invite(@PathVariable UUID id, @RequestParam(required = false) @Nullable UUID organization,
			RedirectAttributes redirect, Locale locale) {
		if (organization == null) {
			return "redirect:/reporting/cycles/" + id;
		}
		return act(id, "invited", redirect, locale, () -> this.cycles.invite(id, organization));
	}

	@PostMapping("/cycles/{id}/invitations/{organization}/remove")
	@PreAuthorize("@reportingAccess.isSecretariat()")
	String uninvite(@PathVariable UUID id, @PathVariable UUID organization, RedirectAttributes redirect,
			Locale locale) {
		return act(id, "uninvited", redirect, locale, () -> this.cycles.uninvite(id, organization));
	}

	@PostMapping("/cycles/{id}/extensions")
	@PreAuthorize("@reportingAccess.isSecretariat()")
	String extend(@PathVariable UUID id, @RequestParam(required = false) @Nullable UUID organization,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate until,
			RedirectAttributes redirect, Locale locale) {
		if (organization == null) {
			return "redirect:/reporting/cycles/" + id;
		}
		return act(id, "extended", redirect, locale, () -> this.cycles.extend(id, organization, until));
	}

	private String act(UUID id, String done, RedirectAttributes redirect, Locale locale, Runnable action) {
		try {
			action.run();
			return "redirect:/reporting/cycles/" + id + "?" + done;
		}
		catch (RuleViolationException | InvalidInputException | OptimisticLockingFailureException refused) {
			this.problems.flash(redirect, refused, locale);
			return "redirect:/reporting/cycles/" + id;
		}
	}

	private static @Nullable List<Integer> days(String text, String field) {
		if (text.isBlank()) {
			return List.of();
		}
		List<Integer> days = new ArrayList<>();
		for (String part : text.split("[,;\\s]+")) {
			if (part.isBlank()) {
				continue;
			}
			try {
				days.add(Integer.valueOf(part));
			}
			catch (NumberFormatException notANumber) {
				throw new InvalidInputException(List.of(new FieldProblem(field, "cycle.rule.reminder-days")));
			}
		}
		return days;
	}

}
