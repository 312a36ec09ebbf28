package org.synergies.organizations.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.synergies.organizations.OrganizationDetails;
import org.synergies.organizations.SimilarOrganization;
import org.synergies.shared.SearchKey;

/**
 * Finds organizations that may be the one being entered: a name equal or very close once
 * accents, case and punctuation are set aside (Jaro-Winkler ≥ {@value #THRESHOLD}), one
 * name containing the other, or a name equal to an acronym.
 */
@Component
public class DuplicateDetector {

	static final double THRESHOLD = 0.93;

	private static final JaroWinklerSimilarity SIMILARITY = new JaroWinklerSimilarity();

	private final DirectoryQueries queries;

	DuplicateDetector(DirectoryQueries queries) {
		this.queries = queries;
	}

	/**
	 * The ten closest, closest first: an equal name or acronym before a merely similar
	 * one, so that the organization being entered twice is never crowded out by
	 * look-alikes.
	 */
	public List<SimilarOrganization> similarTo(OrganizationDetails details, @Nullable UUID except) {
		List<String> names = details.names().stream().map(SearchKey::of).filter(name -> !name.isEmpty()).toList();
		String acronym = Organization.acronymKeyOf(details.acronym());
		return this.queries.names()
			.stream()
			.filter(entry -> !entry.id().equals(except))
			.map(entry -> new Candidate(entry, closeness(names, acronym, entry)))
			.filter(candidate -> candidate.closeness() > 0)
			.sorted(Comparator.comparingDouble(Candidate::closeness).reversed())
			.limit(10)
			.map(Candidate::entry)
			.map(entry -> new SimilarOrganization(entry.id(), entry.officialName(), entry.acronym(), entry.status()))
			.toList();
	}

	/**
	 * 0 when not alike; 2 for an equal name or acronym; otherwise how alike the names
	 * are.
	 */
	private static double closeness(List<String> names, @Nullable String acronym, DirectoryQueries.NameEntry entry) {
		String theirAcronym = Organization.acronymKeyOf(entry.acronym());
		if (acronym != null && Objects.equals(acronym, theirAcronym)) {
			return 2;
		}
		double closest = 0;
		for (String theirs : entry.names()) {
			String their = SearchKey.of(theirs);
			if (their.isEmpty()) {
				continue;
			}
			for (String mine : names) {
				if (mine.equals(their) || mine.replace(" ", "").equals(theirAcronym)) {
					return 2;
				}
				double similarity = SIMILARITY.apply(mine, their);
				if (similarity >= THRESHOLD || (Math.min(mine.length(), their.length()) >= 8
						&& (mine.contains(their) || their.contains(mine)))) {
					closest = Math.max(closest, Math.max(similarity, THRESHOLD));
				}
			}
		}
		return closest;
	}

	private record Candidate(DirectoryQueries.NameEntry entry, double closeness) {
	}

}
