package org.synergies.accounts;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * What a person does in the CMS Family's partnership work. The anonymous public needs no
 * role: it reads what is published without signing in.
 */
public enum Role {

	/** Secretariat staff who also manage accounts and roles. */
	SECRETARIAT_ADMIN(Scope.NONE),
	/** CMS Secretariat or Agreement secretariat staff. */
	SECRETARIAT_OFFICER(Scope.NONE),
	/** Staff of a partner organization, acting for one or more organizations. */
	ORGANIZATION_MEMBER(Scope.ORGANIZATIONS),
	/** A Party's representative on the Standing Committee. */
	STANDING_COMMITTEE_MEMBER(Scope.NONE),
	/** A Party's national focal point, acting for one country. */
	NATIONAL_FOCAL_POINT(Scope.COUNTRY),
	/**
	 * A translator the Secretariat asks for courtesy translations of contributions to
	 * notifications; sees only what is assigned to them.
	 */
	TRANSLATOR(Scope.NONE);

	/** What a role is limited to. */
	public enum Scope {

		NONE, ORGANIZATIONS, COUNTRY

	}

	private final Scope scope;

	Role(Scope scope) {
		this.scope = scope;
	}

	public Scope scope() {
		return this.scope;
	}

	/** The Spring Security authority, e.g. {@code ROLE_SECRETARIAT_OFFICER}. */
	public GrantedAuthority authority() {
		return new SimpleGrantedAuthority("ROLE_" + name());
	}

	public boolean isSecretariat() {
		return this == SECRETARIAT_ADMIN || this == SECRETARIAT_OFFICER;
	}

}
