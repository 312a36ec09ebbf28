package org.synergies.mandates.web;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A new draft amendment: the meeting of the Conference of the Parties that is to consider
 * it, and the symbol of the document that proposes it, if known.
 */
record AmendmentDraftRequest(@Nullable UUID meeting, @Nullable String symbol) {
}
