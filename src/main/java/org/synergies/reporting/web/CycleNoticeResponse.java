package org.synergies.reporting.web;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.synergies.reporting.internal.ReportingNotices;
import org.synergies.shared.Language;

/** What was e-mailed to whom about a cycle, through the API. */
record CycleNoticeResponse(UUID organization, ReportingNotices.Kind kind, int days,
		List<CycleNoticeRecipientResponse> sentTo, Instant sentAt) {

	static CycleNoticeResponse of(ReportingNotices.Notice notice) {
		return new CycleNoticeResponse(notice.organization(), notice.kind(), notice.days(),
				notice.sentTo().stream().map(CycleNoticeRecipientResponse::of).toList(), notice.sentAt());
	}

	record CycleNoticeRecipientResponse(String email, Language language) {

		static CycleNoticeRecipientResponse of(ReportingNotices.Recipient recipient) {
			return new CycleNoticeRecipientResponse(recipient.email(), recipient.language());
		}

	}

}
