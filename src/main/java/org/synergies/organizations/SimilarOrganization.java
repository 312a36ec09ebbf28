package org.synergies.organizations;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * An existing organization whose name or acronym is close to one being typed: perhaps the
 * same organization, entered twice.
 */
public record SimilarOrganization(UUID id, String officialName, @Nullable String acronym, OrganizationStatus status) {
}
