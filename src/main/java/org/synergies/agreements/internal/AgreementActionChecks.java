package org.synergies.agreements.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.synergies.agreements.AgreementActionKind;
import org.synergies.agreements.AgreementDetails;
import org.synergies.agreements.AgreementProposal;
import org.synergies.agreements.AgreementStatus;
import org.synergies.agreements.AgreementView;
import org.synergies.shared.FieldProblem;
import org.synergies.shared.RuleViolationException;

/**
 * What a proposal about an agreement must be: about an agreement that runs (signed, in
 * force, extended or expired; not under negotiation nor terminated); an extension to a
 * day after the present end; a revision that changes something and keeps the dates in
 * order.
 */
public final class AgreementActionChecks {

	private AgreementActionChecks() {
	}

	/** Refuses a proposal about an agreement that does not run. */
	public static void requireRunning(AgreementView agreement) {
		if (agreement.status() == AgreementStatus.UNDER_NEGOTIATION
				|| agreement.status() == AgreementStatus.TERMINATED) {
			throw new RuleViolationException("agreement.rule.not-running");
		}
	}

	public static List<FieldProblem> check(AgreementView agreement, AgreementProposal proposal) {
		List<FieldProblem> problems = new ArrayList<>();
		if (proposal.kind() == null) {
			problems.add(new FieldProblem("kind", "agreement-action.rule.kind-required"));
		}
		else if (proposal.kind() == AgreementActionKind.EXTENSION) {
			if (proposal.validUntil() == null) {
				problems.add(new FieldProblem("validUntil", "agreement-action.rule.until-required"));
			}
			else if (agreement.validUntil() != null && !proposal.validUntil().isAfter(agreement.validUntil())) {
				problems.add(new FieldProblem("validUntil", "agreement.rule.extension-not-later"));
			}
			else {
				order(problems, agreement.validFrom(), proposal.validUntil());
			}
		}
		else if (proposal.kind() == AgreementActionKind.REVISION) {
			if (!proposal.changesSomething()) {
				problems.add(new FieldProblem("kind", "agreement-action.rule.revision-empty"));
			}
			order(problems, first(proposal.validFrom(), agreement.validFrom()),
					first(proposal.validUntil(), agreement.validUntil()));
			length(problems, "titleEn", proposal.titleEn());
			length(problems, "titleFr", proposal.titleFr());
			length(problems, "titleEs", proposal.titleEs());
		}
		if (proposal.explanation() != null && proposal.explanation().length() > 4000) {
			problems.add(new FieldProblem("explanation", "validation.too-long-n", 4000));
		}
		return problems;
	}

	/** The agreement's details once revised: what the revision leaves empty stays. */
	public static AgreementDetails revised(AgreementView agreement, AgreementProposal revision) {
		return new AgreementDetails(agreement.kind(), agreement.instrument(), agreement.partners(),
				first(revision.titleEn(), agreement.titleEn()), first(revision.titleFr(), agreement.titleFr()),
				first(revision.titleEs(), agreement.titleEs()), first(revision.validFrom(), agreement.validFrom()),
				first(revision.validUntil(), agreement.validUntil()),
				first(revision.renewalTermsEn(), agreement.renewalTermsEn()),
				first(revision.renewalTermsFr(), agreement.renewalTermsFr()),
				first(revision.renewalTermsEs(), agreement.renewalTermsEs()));
	}

	private static void order(List<FieldProblem> problems, @Nullable LocalDate from, @Nullable LocalDate until) {
		if (from != null && until != null && !until.isAfter(from)) {
			problems.add(new FieldProblem("validUntil", "agreement.rule.validity-order"));
		}
	}

	private static void length(List<FieldProblem> problems, String field, @Nullable String value) {
		if (value != null && value.length() > 500) {
			problems.add(new FieldProblem(field, "validation.too-long-n", 500));
		}
	}

	private static <T> @Nullable T first(@Nullable T value, @Nullable T otherwise) {
		return value != null ? value : otherwise;
	}

}
