/**
 * Mandates: the resolutions and decisions of the governing bodies, paragraph by paragraph
 * in English, French and Spanish (preambular paragraphs with their opening words set
 * apart, operative paragraphs numbered as adopted, 6.bis and 6.ter included), each
 * paragraph at a stable public address; and the word-by-word tracked changes between two
 * versions of a paragraph, rendered the United Nations way (new text underlined, deleted
 * text struck).
 */
@ApplicationModule(allowedDependencies = { "shared", "system", "audit", "meetings", "documents", "files", "accounts",
		"messaging" })
@NullMarked
package org.synergies.mandates;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
