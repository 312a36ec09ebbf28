package org.synergies.reporting.internal;

import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.synergies.accounts.AccountManagement;
import org.synergies.accounts.CurrentUser;
import org.synergies.drafts.DraftComments;
import org.synergies.reporting.TemplateView;
import org.synergies.system.DemoData;

/**
 * The model of report to the COP as the working group drafted it (decision 13.AA a)):
 * version 1 of the format, commented on by a Party's and an NGO's member of the group,
 * submitted to the Standing Committee, and read there. The process drafted with it refers
 * to it and the Committee adopts both by one decision (the accreditation's demo).
 */
@Component
@DemoData
@Order(25)
class DemoFormatDraft implements ApplicationRunner {

	private final ReportingTemplates templates;

	private final DraftComments comments;

	private final AccountManagement accounts;

	DemoFormatDraft(ReportingTemplates templates, DraftComments comments, AccountManagement accounts) {
		this.templates = templates;
		this.comments = comments;
		this.accounts = accounts;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments arguments) {
		if (!this.templates.versions().isEmpty()) {
			return;
		}
		TemplateView draft = this.templates.startDraft();
		comment("focalpoint@synergies.example", draft, "activities",
				"India would like each activity to name the countries where it took place, so that a Party finds the NGO work done on its territory; the field is there, please keep it required.");
		comment("member@synergies.example", draft, "financialLines",
				"Las ONG pequeñas rara vez tienen cifras en dólares: proponemos que las contribuciones en especie se declaren en la moneda en que se hicieron, con una estimación de su valor.");
		TemplateView submitted = this.templates.submit(draft.id());
		comment("stc@synergies.example", submitted, null,
				"The Committee will consider this format together with the process that refers to it; the written procedure will cover both.");
	}

	private void comment(String email, TemplateView draft, @Nullable String reference, String text) {
		as(email, () -> this.comments.comment(this.templates.commentable(draft.id()), text, reference));
	}

	private <T> T as(String email, Supplier<T> step) {
		return CurrentUser.of(this.accounts.findByEmail(email).orElseThrow()).runAs(step);
	}

}
