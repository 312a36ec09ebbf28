package org.synergies.notifications;

import org.synergies.shared.Language;

/**
 * Who contributed to a notification, in one paragraph per working language, for progress
 * reports: "Contributions were received from the Governments of Australia and Poland and
 * from Wild Migration, also on behalf of…".
 */
public record ContributionsSummary(String en, String fr, String es) {

	public String in(Language language) {
		return switch (language) {
			case EN -> this.en;
			case FR -> this.fr;
			case ES -> this.es;
		};
	}

}
