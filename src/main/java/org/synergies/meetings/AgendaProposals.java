package org.synergies.meetings;

import java.util.List;
import java.util.Locale;

/**
 * The port through which other modules propose items for a meeting's agenda (an agreement
 * about to expire before the meeting, say): implemented by the module that knows why,
 * listed on the meeting's page for the Secretariat. Lives here so that {@code meetings}
 * depends on none of them.
 */
public interface AgendaProposals {

	/**
	 * What this module proposes for the meeting, in the reader's language; none by
	 * default.
	 */
	List<AgendaProposal> proposedFor(MeetingView meeting, Locale locale);

	/**
	 * An item proposed for a meeting's agenda.
	 *
	 * @param label what it is about, e.g. an agreement's title
	 * @param link the page where it is dealt with (a path of this application)
	 * @param note why it is proposed, e.g. "expires on 30 June 2018"
	 */
	record AgendaProposal(String label, String link, String note) {
	}

}
