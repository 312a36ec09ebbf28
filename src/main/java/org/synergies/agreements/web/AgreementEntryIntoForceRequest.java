package org.synergies.agreements.web;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/** The day a signed agreement entered into force (optional: unknown for old ones). */
record AgreementEntryIntoForceRequest(@Nullable LocalDate validFrom) {
}
