package org.synergies.organizations;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.synergies.shared.FieldProblem;
import org.synergies.shared.InvalidInputException;

/**
 * What a requester types into an invitation, made safe to keep and show: an address that
 * is one, a name and a message without control characters, within their lengths. The
 * message stays the requester's words; pages and e-mails show it quoted and attributed.
 */
final class InvitationWords {

	/** The longest message a requester may write. */
	static final int MESSAGE_LIMIT = 1000;

	static final int NAME_LIMIT = 200;

	private static final String EMAIL = "^[^@\\s]+@[^@\\s]+\\.[^@\\s.]+$";

	private InvitationWords() {
	}

	static String address(@Nullable String email) {
		String address = email == null ? "" : email.strip();
		if (!address.matches(EMAIL) || address.length() > 320) {
			throw new InvalidInputException(List.of(new FieldProblem("email", "validation.email")));
		}
		return address;
	}

	/** The message as typed, without control characters (line breaks kept). */
	static String message(@Nullable String message) {
		String words = message == null ? "" : plain(message.replace("\r\n", "\n"), true).strip();
		if (words.length() > MESSAGE_LIMIT) {
			throw new InvalidInputException(
					List.of(new FieldProblem("message", "invitation.rule.message-too-long", MESSAGE_LIMIT)));
		}
		return words;
	}

	static String name(@Nullable String name, String address) {
		String plain = name == null ? "" : plain(name, false).strip();
		if (plain.length() > NAME_LIMIT) {
			throw new InvalidInputException(
					List.of(new FieldProblem("name", "invitation.rule.name-too-long", NAME_LIMIT)));
		}
		return plain.isEmpty() ? address : plain;
	}

	private static String plain(String text, boolean keepLineBreaks) {
		StringBuilder kept = new StringBuilder(text.length());
		text.codePoints().forEach(point -> {
			if (point == '\n' && keepLineBreaks) {
				kept.append('\n');
			}
			else if (point == '\t' || point == '\n' || point == '\r') {
				kept.append(' ');
			}
			else if (!Character.isISOControl(point) && Character.getType(point) != Character.FORMAT
					|| point == 0x200D) {
				kept.appendCodePoint(point);
			}
		});
		return kept.toString();
	}

}
