package org.synergies.mandates.web;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The texts an operative paragraph of a draft amendment repeals, on the version read
 * ({@code version}; a stale one answers 409).
 *
 * @param paragraph the paragraph's number in the amended text, "27" or "6.bis"
 * @param symbols the texts it repeals, "Resolution 11.11" or "Decision 13.AA": every one
 * is resolved or nothing is recorded
 */
record AmendmentRepealRequest(@Nullable Long version, @Nullable String paragraph, @Nullable List<String> symbols) {

}
