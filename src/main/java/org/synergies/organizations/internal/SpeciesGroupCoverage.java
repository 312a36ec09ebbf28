package org.synergies.organizations.internal;

import org.springframework.data.relational.core.mapping.Table;

/** A species group the organization's work covers, by code. */
@Table("organization_species_group")
record SpeciesGroupCoverage(String speciesGroupCode) {
}
