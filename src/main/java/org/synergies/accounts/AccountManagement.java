package org.synergies.accounts;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.synergies.shared.Language;

/**
 * Accounts, their roles and their scopes: what administrators do on the account pages,
 * what a person does on their own profile, and what other modules ask (members of an
 * organization). Every change is audited as {@value #AUDITED_AS}.
 */
public interface AccountManagement {

	String AUDITED_AS = "account";

	/**
	 * Creates an account for a new person and e-mails them a link (valid a week) to
	 * choose their password.
	 */
	AccountView invite(AccountDetails details);

	void resendInvitation(UUID id);

	/** An administrator's edit; refused if the account changed since {@code version}. */
	AccountView update(UUID id, long version, AccountDetails details);

	AccountView disable(UUID id);

	AccountView enable(UUID id);

	/** A person edits their own name and language. */
	AccountView updateProfile(UUID id, long version, String displayName, Language language);

	/**
	 * A person changes their password, proving they know the current one. Their other
	 * sessions end and their API tokens are revoked; they are told by e-mail.
	 * @param currentSession the id of the session they do it in, which stays signed in
	 * @return how many API tokens were revoked
	 */
	int changePassword(UUID id, String currentPassword, String newPassword, @Nullable String currentSession);

	/** The interface language a person switched to becomes their account's language. */
	void chooseLanguage(UUID id, Language language);

	/**
	 * Makes an account a member of an organization (adding the member role if needed).
	 * Its sessions go on with the new membership; nobody is signed out by it.
	 */
	AccountView addMembership(UUID id, UUID organization);

	AccountView removeMembership(UUID id, UUID organization);

	Optional<AccountView> find(UUID id);

	Optional<AccountView> findByEmail(String email);

	AccountPage list(AccountFilter filter, int page, int size);

	/**
	 * Every active Secretariat officer and administrator, once each: whom the
	 * Secretariat's notices are written to.
	 */
	List<AccountView> activeSecretariat();

	/** The accounts that act for an organization, by name. */
	List<AccountView> membersOf(UUID organization);

}
