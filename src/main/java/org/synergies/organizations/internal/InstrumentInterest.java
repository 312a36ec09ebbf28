package org.synergies.organizations.internal;

import org.springframework.data.relational.core.mapping.Table;

/** An instrument of the CMS Family the organization takes an interest in, by code. */
@Table("organization_instrument")
record InstrumentInterest(String instrumentCode) {
}
