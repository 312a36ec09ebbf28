package org.synergies.system;

import java.util.Optional;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The {@link Actor} behind the current request or job, if any.
 */
public final class CurrentActor {

	private CurrentActor() {
	}

	public static Optional<Actor> get() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof Actor actor) {
			return Optional.of(actor);
		}
		return Optional.empty();
	}

}
