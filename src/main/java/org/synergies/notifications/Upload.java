package org.synergies.notifications;

/** A file sent with a text: checked and kept by {@code files}. */
public record Upload(String fileName, byte[] content) {

	public boolean isEmpty() {
		return this.content.length == 0 && this.fileName.isBlank();
	}

}
