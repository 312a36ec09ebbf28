package org.synergies.accreditation;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.synergies.shared.VersionStatus;

/**
 * The versions of the reporting format a process version may refer to, told by the module
 * that owns the format (accreditation must not depend on it). Decisions 13.AA a) and
 * 13.CC a): the working group drafts a process and a model of report together, and the
 * Standing Committee adopts them together.
 */
public interface ReportingFormats {

	/** A version of the format, as a process version shows it. */
	record FormatVersion(UUID id, int number, VersionStatus status) {

		/** Whether a process may still be linked to it: not superseded. */
		public boolean isLinkable() {
			return this.status != VersionStatus.SUPERSEDED;
		}

	}

	Optional<FormatVersion> find(UUID format);

	/**
	 * The versions a draft of the process may refer to (not superseded), newest first.
	 */
	List<FormatVersion> linkable();

	/**
	 * Adopts the format version by the decision that adopts the process referring to it,
	 * in the caller's transaction: a submitted version is adopted (and the one in force
	 * superseded); one adopted before, even since superseded, is left as it is.
	 * @throws org.synergies.shared.RuleViolationException
	 * {@code process.rule.format-not-submitted} while the format is still a draft
	 */
	void adoptWith(UUID format, UUID decision);

}
