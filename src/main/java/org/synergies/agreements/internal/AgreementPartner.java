package org.synergies.agreements.internal;

import java.util.UUID;

import org.springframework.data.relational.core.mapping.Table;

/** A partner organization, a party to the agreement (by id: it lives in the registry). */
@Table("agreement_partner")
record AgreementPartner(UUID organizationId) {
}
