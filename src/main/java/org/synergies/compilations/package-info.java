/**
 * The compiled information document for the governing body: the figures of a cycle's
 * accepted reports in US dollars, and the document written in the background as DOCX,
 * PDF, HTML, XLSX and CSV.
 */
@ApplicationModule(allowedDependencies = { "shared", "system", "audit", "accounts", "organizations", "reference",
		"meetings", "documents", "reporting" })
@NullMarked
package org.synergies.compilations;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
