package org.synergies.documents;

/**
 * A piece of a paragraph marked as the United Nations mark proposed amendments: new text
 * underlined, text to be deleted struck through.
 */
public record MarkedText(String text, Mark mark) {

	public enum Mark {

		PLAIN, INSERTED, DELETED

	}

}
