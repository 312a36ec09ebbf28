package org.synergies.organizations;

import java.util.UUID;

/**
 * A duplicate organization was merged into another. Modules that refer to organizations
 * move their references from {@code merged} to {@code survivor}.
 */
public record OrganizationsMerged(UUID survivor, UUID merged) {
}
