package org.synergies.organizations.internal;

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

	public List<SimilarOrganization> similarTo(OrganizationDetails details, @Nullable UUID except) {
		List<String> names = details.names().stream().map(SearchKey::of).filter(name -> !name.isEmpty()).toList();
		String acronym = Organization.acronymKeyOf(details.acronym());
		return this.queries.names()
			.stream()
			.filter(entry -> !entry.id().equals(except))
			.filter(entry -> resembles(names, acronym, entry))
			.limit(10)
			.map(entry -> new SimilarOrganization(entry.id(), entry.officialName(), entry.acronym(), entry.status()))
			.toList();
	}

	private static boolean resembles(List<String> names, @Nullable String acronym, DirectoryQueries.NameEntry entry) {
		String theirAcronym = Organization.acronymKeyOf(entry.acronym());
		if (acronym != null && Objects.equals(acronym, theirAcronym)) {
			return true;
		}
		for (String theirs : entry.names()) {
			String their = SearchKey.of(theirs);
			if (their.isEmpty()) {
				continue;
			}
			for (String mine : names) {
				if (mine.equals(their) || SIMILARITY.apply(mine, their) >= THRESHOLD
						|| (Math.min(mine.length(), their.length()) >= 8
								&& (mine.contains(their) || their.contains(mine)))
						|| mine.replace(" ", "").equals(theirAcronym)) {
					return true;
				}
			}
		}
		return false;
	}

}
