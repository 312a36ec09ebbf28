package org.synergies.agreements.internal;

import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.synergies.agreements.ExpiryAgenda;
import org.synergies.agreements.ExpiryAgenda.ExpiryItem;
import org.synergies.meetings.AgendaProposals;
import org.synergies.meetings.MeetingView;

/** Puts the agreements expiring before a meeting on that meeting's page. */
@Component
class AgreementAgendaProposals implements AgendaProposals {

	private final ExpiryAgenda agenda;

	private final MessageSource messages;

	AgreementAgendaProposals(ExpiryAgenda agenda, MessageSource messages) {
		this.agenda = agenda;
		this.messages = messages;
	}

	@Override
	public List<AgendaProposal> proposedFor(MeetingView meeting, Locale locale) {
		return this.agenda.of(meeting.id())
			.map(found -> found.items().stream().map(item -> proposal(item, locale)).toList())
			.orElse(List.of());
	}

	private AgendaProposal proposal(ExpiryItem item, Locale locale) {
		String key = item.hasExpired() ? "agreement.agenda.expired" : "agreement.agenda.expires";
		return new AgendaProposal(item.agreement().title(locale), "/agreements/" + item.agreement().id(),
				this.messages.getMessage(key, new Object[] { item.agreement().validUntil() }, locale));
	}

}
