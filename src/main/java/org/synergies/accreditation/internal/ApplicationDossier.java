package org.synergies.accreditation.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;

import org.jspecify.annotations.Nullable;
import org.synergies.accreditation.ApplicationView;
import org.synergies.accreditation.Criterion;
import org.synergies.accreditation.ProcessView;
import org.synergies.accreditation.RequiredDocument;
import org.synergies.shared.Language;
import org.synergies.shared.RuleViolationException;

/**
 * What the applicant puts forward: answers to the criteria (with evidence) and the
 * required documents. It is complete when every criterion of the process is answered in a
 * language, with evidence where required, and every required document is uploaded: the
 * rule for submitting the application and again for forwarding it to the Standing
 * Committee. Changes return the changed rows; the application keeps them.
 */
record ApplicationDossier(Set<ApplicationAnswer> answers, Set<ApplicationDocument> documents) {

	Set<ApplicationAnswer> answered(Criterion criterion, @Nullable String text, @Nullable Language language) {
		return withAnswer(answerTo(criterion).withText(text, language));
	}

	Set<ApplicationAnswer> evidenced(Criterion criterion, UUID file, String fileName) {
		return withAnswer(answerTo(criterion).withEvidence(file, fileName));
	}

	Set<ApplicationDocument> withDocument(ApplicationDocument document) {
		return replaced(this.documents, row -> row.documentCode().equals(document.documentCode()), document);
	}

	/** What is still missing under the process: criterion keys and document codes. */
	List<String> missing(ProcessView process) {
		List<String> missing = new ArrayList<>();
		for (Criterion criterion : process.content().criteria()) {
			if (!answerTo(criterion).completes(criterion)) {
				missing.add(criterion.key());
			}
		}
		for (RequiredDocument document : process.content().documents()) {
			if (this.documents.stream().noneMatch(row -> row.documentCode().equals(document.code()))) {
				missing.add(document.code());
			}
		}
		return missing;
	}

	void requireComplete(ProcessView process) {
		List<String> missing = missing(process);
		if (!missing.isEmpty()) {
			throw new RuleViolationException("application.rule.incomplete", String.join(", ", missing));
		}
	}

	/** The answers by criterion key. */
	List<ApplicationView.Answer> answerViews() {
		return this.answers.stream()
			.sorted(Comparator.comparing(ApplicationAnswer::criterionKey))
			.map(ApplicationAnswer::view)
			.toList();
	}

	/** The documents by document code. */
	List<ApplicationView.Document> documentViews() {
		return this.documents.stream()
			.sorted(Comparator.comparing(ApplicationDocument::documentCode))
			.map(ApplicationDocument::view)
			.toList();
	}

	private ApplicationAnswer answerTo(Criterion criterion) {
		return this.answers.stream()
			.filter(row -> row.criterionKey().equals(criterion.key()))
			.findFirst()
			.orElseGet(() -> ApplicationAnswer.unanswered(criterion));
	}

	private Set<ApplicationAnswer> withAnswer(ApplicationAnswer answer) {
		return replaced(this.answers, row -> row.criterionKey().equals(answer.criterionKey()), answer);
	}

	/** A copy without the rows that match, and with the replacement. */
	private static <T> Set<T> replaced(Collection<T> rows, Predicate<T> replacedRow, T replacement) {
		Set<T> updated = new LinkedHashSet<>(rows);
		updated.removeIf(replacedRow);
		updated.add(replacement);
		return updated;
	}

}
