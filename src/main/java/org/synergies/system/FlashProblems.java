package org.synergies.system;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.synergies.shared.FieldProblem;
import org.synergies.shared.InvalidInputException;
import org.synergies.shared.RuleViolationException;

/**
 * Carries what went wrong across a redirect back to the page the person acted on, worded
 * in their language (flash attributes live in the shared session, so plain strings).
 */
@Component
public class FlashProblems {

	/** The flash attribute {@code fragments/problems.html} shows. */
	public static final String ATTRIBUTE = "problems";

	private final MessageSource messages;

	FlashProblems(MessageSource messages) {
		this.messages = messages;
	}

	public void flash(RedirectAttributes redirect, RuntimeException problem, Locale locale) {
		List<String> texts = new ArrayList<>();
		if (problem instanceof InvalidInputException invalid) {
			for (FieldProblem field : invalid.problems()) {
				texts.add(this.messages.getMessage(field.messageKey(), field.arguments(), field.messageKey(), locale));
			}
		}
		else if (problem instanceof RuleViolationException violation) {
			texts.add(this.messages.getMessage(violation.messageKey(), violation.arguments(), violation.messageKey(),
					locale));
		}
		else {
			texts.add(this.messages.getMessage("error.conflict.stale", null, locale));
		}
		redirect.addFlashAttribute(ATTRIBUTE, texts);
	}

}
