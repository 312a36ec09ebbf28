package org.synergies.system;

import java.util.List;

import org.springframework.validation.BindingResult;
import org.synergies.shared.FieldProblem;

/**
 * Puts the problems a façade found on the form's fields, so the page shows each next to
 * its field, in the reader's language.
 */
public final class FieldErrors {

	private FieldErrors() {
	}

	public static void apply(List<FieldProblem> problems, BindingResult result) {
		for (FieldProblem problem : problems) {
			String field = problem.field();
			if (result.getTarget() != null && isField(result, field)) {
				result.rejectValue(field, problem.messageKey(), problem.arguments(), problem.messageKey());
			}
			else {
				result.reject(problem.messageKey(), problem.arguments(), problem.messageKey());
			}
		}
	}

	private static boolean isField(BindingResult result, String field) {
		try {
			result.getFieldType(field);
			return result.getFieldType(field) != null;
		}
		catch (RuntimeException exception) {
			return false;
		}
	}

}
