package org.synergies.shared;

import java.util.List;

/**
 * An input breaks one or more field rules. Carries every problem at once, so that a
 * person fixes them all in one go.
 */
public class InvalidInputException extends RuntimeException {

	private final List<FieldProblem> problems;

	public InvalidInputException(List<FieldProblem> problems) {
		super("Invalid input: " + problems.stream().map(FieldProblem::field).toList());
		this.problems = List.copyOf(problems);
	}

	public List<FieldProblem> problems() {
		return this.problems;
	}

}
