package org.synergies.mandates;

import java.util.Set;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Who may read and enter texts: the Secretariat enters them and reads drafts; everybody
 * else, the public included, reads adopted texts.
 */
@Component("mandateAccess")
public class MandateAccess {

	private static final Set<String> SECRETARIAT = Set.of("ROLE_SECRETARIAT_ADMIN", "ROLE_SECRETARIAT_OFFICER");

	public boolean isSecretariat() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication != null && authentication.getAuthorities()
			.stream()
			.map(GrantedAuthority::getAuthority)
			.anyMatch(SECRETARIAT::contains);
	}

	public boolean canSee(MandateView mandate) {
		return mandate.isPublic() || isSecretariat();
	}

}
