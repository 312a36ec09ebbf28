package org.synergies.meetings.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.synergies.meetings.GoverningBody;
import org.synergies.reference.ReferenceData;

/**
 * The bodies of one instrument of the CMS Family, as the pages list them: the
 * Convention's first, then each Agreement's and Memorandum's in the family's order.
 *
 * @param name the instrument's name in the reader's language
 */
record BodyGroup(String instrument, String acronym, String name, List<GoverningBody> bodies) {

	/** Bodies grouped by instrument, keeping their order (already the family's). */
	static List<BodyGroup> of(List<GoverningBody> bodies, ReferenceData reference, Locale locale) {
		Map<String, List<GoverningBody>> byInstrument = new LinkedHashMap<>();
		bodies.forEach(body -> byInstrument.computeIfAbsent(body.instrument(), code -> new ArrayList<>()).add(body));
		return byInstrument.entrySet()
			.stream()
			.map(group -> new BodyGroup(group.getKey(), reference.acronymOf(group.getKey()),
					reference.instrumentName(group.getKey(), locale), List.copyOf(group.getValue())))
			.toList();
	}

}
