package org.synergies.mandates.internal;

import org.jspecify.annotations.Nullable;
import org.springframework.data.relational.core.mapping.Table;
import org.synergies.mandates.AnnexView;

/** An annex of a text as stored: one row, a title and body column per language. */
@Table("mandate_annex")
record MandateAnnex(String annexNumber, @Nullable String titleEn, @Nullable String titleFr, @Nullable String titleEs,
		@Nullable String bodyEn, @Nullable String bodyFr, @Nullable String bodyEs) {

	static MandateAnnex of(AnnexView view) {
		return new MandateAnnex(view.number(), view.titleEn(), view.titleFr(), view.titleEs(), view.bodyEn(),
				view.bodyFr(), view.bodyEs());
	}

	AnnexView view() {
		return new AnnexView(this.annexNumber, this.titleEn, this.titleFr, this.titleEs, this.bodyEn, this.bodyFr,
				this.bodyEs);
	}

	boolean numbered(String number) {
		return this.annexNumber.equalsIgnoreCase(number);
	}

}
