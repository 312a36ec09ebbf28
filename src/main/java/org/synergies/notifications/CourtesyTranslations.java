package org.synergies.notifications;

import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.synergies.notifications.internal.TranslationRecords;

/**
 * Courtesy translations of contributions into the official languages they are not written
 * in (English, French, Spanish).
 */
@Service
public class CourtesyTranslations {

	private final TranslationRecords records;

	CourtesyTranslations(TranslationRecords records) {
		this.records = records;
	}

	/** Every translation recorded for the contributions to a notification. */
	@Transactional(readOnly = true)
	public List<CourtesyTranslation> ofNotification(UUID notification) {
		return this.records.ofNotification(notification);
	}

	/** The translations recorded for one contribution, by language. */
	@Transactional(readOnly = true)
	public List<CourtesyTranslation> ofContribution(UUID contribution) {
		return this.records.ofContribution(contribution);
	}

}
