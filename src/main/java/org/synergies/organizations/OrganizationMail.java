package org.synergies.organizations;

import java.util.Map;
import java.util.UUID;

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
	 * @return how many people were written to
	 */
	public int send(UUID organization, String template, String path, Map<String, Object> variables) {
		String name = this.organizations.find(organization).map(found -> found.officialName()).orElse("");
		int sent = 0;
		for (AccountView member : this.organizations.members(organization)) {
			if (member.status() != AccountStatus.ACTIVE) {
				continue;
			}
			OutgoingMail mail = OutgoingMail.to(member.email(), member.language(), template)
				.subject(name)
				.with("name", member.displayName())
				.with("organization", name)
				.with("link", this.baseUrl + path);
			for (Map.Entry<String, Object> variable : variables.entrySet()) {
				mail = mail.with(variable.getKey(), variable.getValue());
			}
			this.outbox.send(mail);
			sent++;
		}
		return sent;
	}

}
