package org.synergies.mandates.web;

import java.util.Arrays;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The texts an operative paragraph of a draft amendment repeals, as typed: one symbol per
 * line or separated by commas or semicolons.
 */
record AmendmentRepealForm(@Nullable String paragraph, @Nullable String symbols, @Nullable Long version) {

	static AmendmentRepealForm empty(long version) {
		return new AmendmentRepealForm(null, null, version);
	}

	List<String> symbolList() {
		return this.symbols == null ? List.of()
				: Arrays.stream(this.symbols.split("[,;\\n]")).map(String::strip).filter(s -> !s.isEmpty()).toList();
	}

}
