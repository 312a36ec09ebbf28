package org.synergies.messaging.web;

import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.synergies.messaging.internal.JdbcOutbox;
import org.synergies.shared.NotFoundException;

/**
 * The outbox for administrators: every e-mail the platform sent or keeps, so that the
 * product can be tried without an SMTP server and delivery problems can be seen.
 */
@Controller
@RequestMapping("/admin/outbox")
class OutboxController {

	private static final int PAGE_SIZE = 50;

	private final JdbcOutbox outbox;

	OutboxController(JdbcOutbox outbox) {
		this.outbox = outbox;
	}

	@GetMapping
	String list(@RequestParam(defaultValue = "0") int page, Model model) {
		int current = Math.max(page, 0);
		long total = this.outbox.count();
		model.addAttribute("mails", this.outbox.page(current, PAGE_SIZE));
		model.addAttribute("page", current);
		model.addAttribute("hasNext", (long) (current + 1) * PAGE_SIZE < total);
		model.addAttribute("total", total);
		model.addAttribute("smtpConfigured", this.outbox.smtpConfigured());
		return "messaging/outbox";
	}

	@GetMapping("/{id}")
	String show(@PathVariable UUID id, Model model) {
		model.addAttribute("mail", this.outbox.find(id).orElseThrow(() -> new NotFoundException("mail", id)));
		return "messaging/mail";
	}

}
