package org.synergies.accreditation.internal;

import java.time.Instant;
import java.util.UUID;

import org.springframework.data.relational.core.mapping.Table;
import org.synergies.accreditation.ApplicationView;

/** A document the process requires, as uploaded by the applicant. */
@Table("application_document")
record ApplicationDocument(String documentCode, UUID fileId, String fileName, Instant uploadedAt) {

	ApplicationView.Document view() {
		return new ApplicationView.Document(this.documentCode, this.fileId, this.fileName, this.uploadedAt);
	}

}
