package org.synergies.organizations.internal;

import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.synergies.shared.SearchKey;

/**
 * How the directory finds and sorts an organization, kept on its row: every name and the
 * acronym in their compared form, a sort key per language, because the directory lists
 * names in the reader's language (the official name where there is no translation), and
 * the acronym's key, which no two organizations (merged ones excepted) may share.
 */
record DirectoryKeys(String searchText, String sortKey, String sortKeyEn, String sortKeyFr, String sortKeyEs,
		@Nullable String acronymKey) {

	static DirectoryKeys of(String officialName, @Nullable String nameEn, @Nullable String nameFr,
			@Nullable String nameEs, @Nullable String acronym) {
		String searchText = Stream.of(officialName, nameEn, nameFr, nameEs, acronym)
			.filter(Objects::nonNull)
			.map(SearchKey::of)
			.distinct()
			.collect(Collectors.joining(" | "));
		String sortKey = SearchKey.of(officialName);
		return new DirectoryKeys(searchText, sortKey, nameEn == null ? sortKey : SearchKey.of(nameEn),
				nameFr == null ? sortKey : SearchKey.of(nameFr), nameEs == null ? sortKey : SearchKey.of(nameEs),
				acronymKeyOf(acronym));
	}

	static @Nullable String acronymKeyOf(@Nullable String acronym) {
		return acronym == null ? null : SearchKey.of(acronym).replace(" ", "");
	}

	/** The keys of a merged organization: its acronym now belongs to the survivor. */
	DirectoryKeys withoutAcronym() {
		return new DirectoryKeys(this.searchText, this.sortKey, this.sortKeyEn, this.sortKeyFr, this.sortKeyEs, null);
	}

}
