package org.synergies.agreements;

import java.util.Set;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Who may see and change agreements: the Secretariat records and edits them and reads
 * every one; everybody else, the public included, reads those that are not under
 * negotiation.
 */
@Component("agreementAccess")
public class AgreementAccess {

	private static final Set<String> SECRETARIAT = Set.of("ROLE_SECRETARIAT_ADMIN", "ROLE_SECRETARIAT_OFFICER");

	public boolean isSecretariat() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication != null && authentication.getAuthorities()
			.stream()
			.map(GrantedAuthority::getAuthority)
			.anyMatch(SECRETARIAT::contains);
	}

	public boolean canSee(AgreementView agreement) {
		return agreement.isPublic() || isSecretariat();
	}

}
