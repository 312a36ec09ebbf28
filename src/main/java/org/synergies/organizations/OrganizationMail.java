package org.synergies.organizations;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.synergies.accounts.AccountStatus;
import org.synergies.accounts.AccountView;
import org.synergies.messaging.OutgoingMail;
import org.synergies.messaging.Outbox;

/**
 * Writes to the people who act for an organization (its active members), each in their
 * own language. The message's subject argument is the organization's name; its variables
 * include {@code name} (the member's), {@code organization} and {@code link}.
 */
@Component
public class OrganizationMail {

	private final OrganizationManagement organizations;

	private final Outbox outbox;

	private final String baseUrl;

	OrganizationMail(OrganizationManagement organizations, Outbox outbox,
			@Value("${synergies.base-url}") String baseUrl) {
		this.organizations = organizations;
		this.outbox = outbox;
		this.baseUrl = baseUrl.replaceAll("/+$", "");
	}

	/**
	 * @param path the page the e-mail links to, e.g.
	 * {@code /accreditation/applications/…}
	 * @return the people written to (the organization's active members)
	 */
	public List<AccountView> send(UUID organization, String template, String path, Map<String, Object> variables) {
		return send(organization, template, path, variables, List.of());
	}

	/**
	 * As {@link #send(UUID, String, String, Map)}, with more subject arguments after the
	 * organization's name ({@code {1}}, {@code {2}}…).
	 */
	public List<AccountView> send(UUID organization, String template, String path, Map<String, Object> variables,
			List<Object> subjectArguments) {
		return write(null, organization, template, path, variables, subjectArguments);
	}

	/**
	 * As {@link #send(UUID, String, String, Map)}, from an event listener: each member
	 * gets the message once for this occurrence (see {@link OutgoingMail#occurrence}),
	 * however often the listener runs.
	 * @param occurrence the fact the message tells of, unique to it (e.g. the event's
	 * aggregate id and version)
	 */
	public List<AccountView> sendOnce(String occurrence, UUID organization, String template, String path,
			Map<String, Object> variables) {
		return write(occurrence, organization, template, path, variables, List.of());
	}

	/**
	 * As {@link #sendOnce(String, UUID, String, String, Map)}, with more subject
	 * arguments.
	 */
	public List<AccountView> sendOnce(String occurrence, UUID organization, String template, String path,
			Map<String, Object> variables, List<Object> subjectArguments) {
		return write(occurrence, organization, template, path, variables, subjectArguments);
	}

	private List<AccountView> write(@Nullable String occurrence, UUID organization, String template, String path,
			Map<String, Object> variables, List<Object> subjectArguments) {
		String name = nameOf(organization);
		List<AccountView> written = new ArrayList<>();
		for (AccountView member : this.organizations.members(organization)) {
			if (member.status() == AccountStatus.ACTIVE) {
				write(occurrence, member, name, template, path, variables, subjectArguments);
				written.add(member);
			}
		}
		return written;
	}

	/**
	 * Writes to one person about the organization (e.g. a colleague just invited, whose
	 * account is not active yet).
	 */
	public void sendTo(AccountView person, UUID organization, String template, String path,
			Map<String, Object> variables, List<Object> subjectArguments) {
		write(null, person, nameOf(organization), template, path, variables, subjectArguments);
	}

	private String nameOf(UUID organization) {
		return this.organizations.find(organization).map(found -> found.officialName()).orElse("");
	}

	private void write(@Nullable String occurrence, AccountView person, String organization, String template,
			String path, Map<String, Object> variables, List<Object> subjectArguments) {
		List<Object> subject = new ArrayList<>();
		subject.add(organization);
		subject.addAll(subjectArguments);
		OutgoingMail mail = OutgoingMail.to(person.email(), person.language(), template)
			.subject(subject.toArray())
			.with("name", person.displayName())
			.with("organization", organization)
			.with("link", this.baseUrl + path);
		for (Map.Entry<String, Object> variable : variables.entrySet()) {
			mail = mail.with(variable.getKey(), variable.getValue());
		}
		this.outbox.send(occurrence == null ? mail : mail.once(occurrence));
	}

}
