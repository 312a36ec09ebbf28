package org.synergies.drafts;

import java.util.UUID;

/**
 * The draft a comment is about, as the module that owns it names it.
 *
 * @param kind the kind of text, as the audit trail calls it:
 * {@code accreditation-process}, {@code reporting-template}
 * @param id the version's id
 * @param number the version's number, kept with each comment
 * @param path where the draft is read, e.g. {@code /accreditation/process/{id}}
 */
public record CommentedDraft(String kind, UUID id, int number, String path) {
}
