package org.synergies.mandates.web;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.synergies.mandates.DecisionPeriods;
import org.synergies.mandates.MandateKind;
import org.synergies.mandates.Mandates;
import org.synergies.mandates.internal.DecisionDocuments;
import org.synergies.meetings.GoverningBodies;
import org.synergies.meetings.MeetingNames;
import org.synergies.meetings.MeetingView;
import org.synergies.shared.InvalidInputException;
import org.synergies.shared.NotFoundException;
import org.synergies.system.Downloads;
import org.synergies.system.FlashProblems;

/**
 * The Secretariat's decisions by meeting: for each meeting, the decisions that lapse at
 * it unless renewed (meetings ahead first), with the Secretariat's proposal for each and
 * the list as a document; and the draft decisions for it as a UN annex.
 */
@Controller
@RequestMapping("/mandates/meetings")
@PreAuthorize("hasAnyRole('SECRETARIAT_ADMIN', 'SECRETARIAT_OFFICER')")
class LapsesController {

	private final DecisionPeriods periods;

	private final Mandates mandates;

	private final GoverningBodies bodies;

	private final DecisionDocuments documents;

	private final FlashProblems problems;

	private final MeetingNames names;

	LapsesController(DecisionPeriods periods, Mandates mandates, GoverningBodies bodies, DecisionDocuments documents,
			FlashProblems problems, MeetingNames names) {
		this.names = names;
		this.periods = periods;
		this.mandates = mandates;
		this.bodies = bodies;
		this.documents = documents;
		this.problems = problems;
	}

	/** A meeting with the decisions that lapse at it and the drafts prepared for it. */
	record MeetingRow(MeetingView meeting, int lapsing, long drafts, boolean ahead) {
	}

	@GetMapping
	String meetings(Model model) {
		Map<UUID, Integer> lapsing = this.periods.lapsingCounts();
		Map<UUID, Long> drafts = this.mandates.list()
			.stream()
			.filter(text -> text.kind() == MandateKind.DECISION && !text.isPublic() && text.meeting() != null)
			.collect(java.util.stream.Collectors.groupingBy(text -> text.meeting(),
					java.util.stream.Collectors.counting()));
		var today = this.periods.today();
		List<MeetingRow> rows = this.bodies.meetings(null)
			.stream()
			.filter(meeting -> lapsing.containsKey(meeting.id()) || drafts.containsKey(meeting.id()))
			.map(meeting -> new MeetingRow(meeting, lapsing.getOrDefault(meeting.id(), 0),
					drafts.getOrDefault(meeting.id(), 0L), meeting.startsOn().isAfter(today)))
			// meetings ahead first, the next one at the top; then past ones, latest first
			.sorted(Comparator.comparing((MeetingRow row) -> !row.ahead())
				.thenComparing(row -> row.ahead() ? row.meeting().startsOn().toEpochDay()
						: -row.meeting().startsOn().toEpochDay()))
			.toList();
		model.addAttribute("rows", rows);
		return "mandates/meetings";
	}

	@GetMapping("/{meeting}/lapsing")
	String lapsing(@PathVariable UUID meeting, Model model) {
		MeetingView found = meeting(meeting);
		model.addAttribute("meeting", found);
		model.addAttribute("named", this.names.meeting(meeting));
		model.addAttribute("lapsing", this.periods.lapsingAt(meeting));
		model.addAttribute("opened", !found.startsOn().isAfter(this.periods.today()));
		return "mandates/lapsing";
	}

	@GetMapping("/{meeting}/lapsing/document")
	ResponseEntity<byte[]> lapsingDocument(@PathVariable UUID meeting,
			@RequestParam(required = false) @Nullable String symbol,
			@RequestParam(required = false) @Nullable String language,
			@RequestParam(required = false) @Nullable String format, RedirectAttributes redirect, Locale locale) {
		MeetingView found = meeting(meeting);
		try {
			DecisionDocuments.Generated generated = this.documents.lapsing(found, symbol, language, format, locale);
			return Downloads.attachment(generated.mediaType(), generated.fileName(), generated.content());
		}
		catch (InvalidInputException invalid) {
			this.problems.flash(redirect, invalid, locale);
			return back("/mandates/meetings/" + meeting + "/lapsing");
		}
	}

	@GetMapping("/{meeting}/draft-decisions")
	ResponseEntity<byte[]> draftDecisions(@PathVariable UUID meeting,
			@RequestParam(required = false) @Nullable String symbol,
			@RequestParam(required = false) @Nullable String language,
			@RequestParam(required = false) @Nullable String format, RedirectAttributes redirect, Locale locale) {
		MeetingView found = meeting(meeting);
		try {
			DecisionDocuments.Generated generated = this.documents.draftDecisions(found, symbol, language, format,
					locale);
			return Downloads.attachment(generated.mediaType(), generated.fileName(), generated.content());
		}
		catch (InvalidInputException invalid) {
			this.problems.flash(redirect, invalid, locale);
			return back("/mandates/meetings");
		}
	}

	private MeetingView meeting(UUID meeting) {
		return this.bodies.meeting(meeting).orElseThrow(() -> new NotFoundException("meeting", meeting));
	}

	private static ResponseEntity<byte[]> back(String path) {
		return ResponseEntity.status(303).header(HttpHeaders.LOCATION, path).build();
	}

}
