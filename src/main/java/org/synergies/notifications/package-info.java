/**
 * Notifications a secretariat of the CMS Family issues to Parties, other governments and
 * organizations (numbered {@code 2018/008} per year and secretariat, in EN/FR/ES, with
 * the action requested, a deadline and the mandate paragraphs it serves), sent to every
 * addressee in their language and published; the contributions received in answer, on
 * behalf of one or several addressees, with their revisions; reminders before the
 * deadline. Shows a country's notifications on its page through
 * {@code countries.CountryNotifications}.
 */
@ApplicationModule(allowedDependencies = { "shared", "system", "audit", "accounts", "reference", "organizations",
		"countries", "accreditation", "mandates", "messaging", "files", "documents" })
@NullMarked
package org.synergies.notifications;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
