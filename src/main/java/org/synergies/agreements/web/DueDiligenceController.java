package org.synergies.agreements.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.synergies.agreements.Agreements;
import org.synergies.agreements.internal.DueDiligenceAnswer;
import org.synergies.agreements.internal.DueDiligenceConclusion;
import org.synergies.agreements.internal.DueDiligenceReviewView;
import org.synergies.agreements.internal.DueDiligenceReviews;
import org.synergies.agreements.internal.DueDiligenceVerdict;
import org.synergies.shared.InvalidInputException;
import org.synergies.shared.RuleViolationException;
import org.synergies.system.FlashProblems;

/**
 * The Secretariat's due-diligence review of an agreement with a private-sector
 * organization: started, written item by item, recorded, then approved by another
 * officer. Post/Redirect/Get; a refusal comes back with its reason. Nobody else sees it.
 */
@Controller
@RequestMapping("/agreements/{id}/due-diligence")
@PreAuthorize("hasAnyRole('SECRETARIAT_ADMIN', 'SECRETARIAT_OFFICER')")
class DueDiligenceController {

	private final Agreements agreements;

	private final DueDiligenceReviews reviews;

	private final AgreementLines lines;

	private final FlashProblems problems;

	DueDiligenceController(Agreements agreements, DueDiligenceReviews reviews, AgreementLines lines,
			FlashProblems problems) {
		this.agreements = agreements;
		this.reviews = reviews;
		this.lines = lines;
		this.problems = problems;
	}

	@GetMapping
	String reviews(@PathVariable UUID id, Model model, Locale locale) {
		List<DueDiligenceReviewView> reviews = this.reviews.reviewsOf(id);
		model.addAttribute("line", this.lines.line(this.agreements.require(id), locale));
		model.addAttribute("needed", this.reviews.isNeeded(id));
		model.addAttribute("current", reviews.isEmpty() ? null : reviews.get(0));
		model.addAttribute("earlier", reviews.size() > 1 ? reviews.subList(1, reviews.size()) : List.of());
		model.addAttribute("verdicts", DueDiligenceVerdict.values());
		model.addAttribute("conclusions", DueDiligenceConclusion.values());
		return "agreements/due-diligence";
	}

	@PostMapping
	String start(@PathVariable UUID id, RedirectAttributes redirect, Locale locale) {
		return act(id, "started", redirect, locale, () -> this.reviews.start(id));
	}

	/** Saves the answers; with {@code record}, then records the review if complete. */
	@PostMapping("/{review}")
	String write(@PathVariable UUID id, @PathVariable UUID review, @RequestParam long version,
			@RequestParam(required = false) @Nullable DueDiligenceConclusion conclusion,
			@RequestParam(required = false) @Nullable String conclusionText,
			@RequestParam(required = false) @Nullable String record, @RequestParam MultiValueMap<String, String> form,
			RedirectAttributes redirect, Locale locale) {
		List<DueDiligenceAnswer> answers = answers(form);
		String done = act(id, "saved", redirect, locale,
				() -> this.reviews.write(id, review, version, answers, conclusion, conclusionText, false));
		if (record == null || redirect.getFlashAttributes().containsKey(FlashProblems.ATTRIBUTE)) {
			return done;
		}
		long saved = this.reviews.reviewsOf(id).get(0).version();
		return act(id, "recorded", redirect, locale, () -> this.reviews.record(id, review, saved));
	}

	@PostMapping("/{review}/approval")
	String approve(@PathVariable UUID id, @PathVariable UUID review, @RequestParam long version,
			RedirectAttributes redirect, Locale locale) {
		return act(id, "approved", redirect, locale, () -> this.reviews.approve(id, review, version));
	}

	/** Answers as the form sends them: {@code verdict.CODE} and {@code comment.CODE}. */
	private static List<DueDiligenceAnswer> answers(MultiValueMap<String, String> form) {
		List<DueDiligenceAnswer> answers = new ArrayList<>();
		form.forEach((name, values) -> {
			String code = name.substring(name.indexOf('.') + 1);
			if (name.startsWith("verdict.") && !values.isEmpty()) {
				// a value the form does not offer leaves the item unanswered
				Arrays.stream(DueDiligenceVerdict.values())
					.filter(verdict -> verdict.name().equals(values.get(0)))
					.findFirst()
					.ifPresent(verdict -> answers
						.add(new DueDiligenceAnswer(code, verdict, form.getFirst("comment." + code))));
			}
		});
		return answers;
	}

	private String act(UUID id, String done, RedirectAttributes redirect, Locale locale, Runnable action) {
		try {
			action.run();
			redirect.addAttribute(done, "");
		}
		catch (InvalidInputException | RuleViolationException | OptimisticLockingFailureException refused) {
			this.problems.flash(redirect, refused, locale);
		}
		return "redirect:/agreements/" + id + "/due-diligence";
	}

}
