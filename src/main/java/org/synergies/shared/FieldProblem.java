package org.synergies.shared;

/**
 * What is wrong with one field of an input, as a message key and its arguments, so that
 * pages, the API and import previews can each say it in the reader's language.
 *
 * @param field the input's field name, e.g. {@code officialName} or
 * {@code contacts[1].email}
 */
public record FieldProblem(String field, String messageKey, Object... arguments) {

	public FieldProblem {
		arguments = arguments.clone();
	}

	@Override
	public Object[] arguments() {
		return this.arguments.clone();
	}

}
