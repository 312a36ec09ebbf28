package org.synergies.reporting;

import java.util.UUID;

/**
 * The Standing Committee adopted a version of the reporting template; new reporting
 * cycles use it.
 */
public record TemplateAdopted(UUID template, int number, UUID decision) {
}
