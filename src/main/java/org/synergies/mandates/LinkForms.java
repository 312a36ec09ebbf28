package org.synergies.mandates;

import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.synergies.shared.FieldProblem;
import org.synergies.shared.InvalidInputException;

/**
 * For another module's "link to a mandate" form: links its record to the address written,
 * and says on the page it redirects to whether it worked (flash attributes
 * {@code mandateLinked} or {@code mandateLinkProblem}, which the {@code mandates/linked}
 * fragment shows).
 */
@Component
public class LinkForms {

	private final MandateLinks links;

	private final MessageSource messages;

	LinkForms(MandateLinks links, MessageSource messages) {
		this.links = links;
		this.messages = messages;
	}

	public void link(LinkedRecord record, @Nullable String written, RedirectAttributes redirect, Locale locale) {
		try {
			this.links.link(record, MandateAddress.parse(written).orElse(null));
			redirect.addFlashAttribute("mandateLinked", true);
		}
		catch (InvalidInputException invalid) {
			FieldProblem problem = invalid.problems().get(0);
			redirect.addFlashAttribute("mandateLinkProblem",
					this.messages.getMessage(problem.messageKey(), problem.arguments(), locale));
		}
	}

}
