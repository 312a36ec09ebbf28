package org.synergies.accreditation;

import org.synergies.organizations.OrganizationSummary;

/**
 * An NGO a call for applications may be sent to; NGO partners are invited by default
 * (UNEP/CMS/COP13/Doc.18, Annex 2, draft decision 13.AA c).
 */
public record CallInvitee(OrganizationSummary organization, boolean ngoPartner) {
}
