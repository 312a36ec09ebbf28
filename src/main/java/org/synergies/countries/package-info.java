/**
 * Countries as Parties: which treaties each country belongs to (the instruments of the
 * CMS Family and the other conventions it works with), since when and as Party or
 * signatory; its national focal points for each of them, who keep their own entries; the
 * country page that brings these together with the partners based there (operative
 * paragraph 23 of Resolution 11.10); import and export.
 */
@ApplicationModule(
		allowedDependencies = { "shared", "system", "audit", "accounts", "reference", "organizations", "documents" })
@NullMarked
package org.synergies.countries;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
