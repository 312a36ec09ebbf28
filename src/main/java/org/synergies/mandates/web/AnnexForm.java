package org.synergies.mandates.web;

import org.jspecify.annotations.Nullable;
import org.synergies.mandates.AnnexDetails;
import org.synergies.mandates.AnnexView;

/**
 * The form that adds an annex, or corrects the one numbered {@code editing}, in the three
 * languages at once; {@code version} is the text's, as read.
 */
record AnnexForm(@Nullable String editing, @Nullable String number, @Nullable String titleEn, @Nullable String titleFr,
		@Nullable String titleEs, @Nullable String bodyEn, @Nullable String bodyFr, @Nullable String bodyEs,
		@Nullable Long version) {

	static AnnexForm empty(long version) {
		return new AnnexForm(null, null, null, null, null, null, null, null, version);
	}

	static AnnexForm correcting(AnnexView annex, long version) {
		return new AnnexForm(annex.number(), annex.number(), annex.titleEn(), annex.titleFr(), annex.titleEs(),
				annex.bodyEn(), annex.bodyFr(), annex.bodyEs(), version);
	}

	AnnexDetails details() {
		return new AnnexDetails(this.editing != null ? this.editing : this.number, this.titleEn, this.titleFr,
				this.titleEs, this.bodyEn, this.bodyFr, this.bodyEs);
	}

	long seen() {
		return this.version == null ? -1 : this.version;
	}

}
