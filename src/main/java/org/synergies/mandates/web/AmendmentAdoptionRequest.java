package org.synergies.mandates.web;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** The decision of the Conference of the Parties that adopts an amendment. */
record AmendmentAdoptionRequest(@Nullable UUID decision) {
}
