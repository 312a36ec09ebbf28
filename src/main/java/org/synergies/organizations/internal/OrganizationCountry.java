package org.synergies.organizations.internal;

import org.springframework.data.relational.core.mapping.Table;

/** A country where the organization works, by ISO code. */
@Table("organization_country")
record OrganizationCountry(String country) {
}
