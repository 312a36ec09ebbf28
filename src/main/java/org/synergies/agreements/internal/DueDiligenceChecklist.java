package org.synergies.agreements.internal;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.synergies.shared.Language;

/**
 * A version of the due-diligence checklist, its items in English, French and Spanish. A
 * new version leaves the reviews made against an older one as they were.
 */
public record DueDiligenceChecklist(UUID id, int number, Instant createdAt, List<Item> items) {

	public DueDiligenceChecklist {
		items = List.copyOf(items);
	}

	public record Item(String code, String textEn, String textFr, String textEs) {

		public String text(Locale locale) {
			String text = Language.of(locale).pick(this.textEn, this.textFr, this.textEs);
			return text != null ? text : this.textEn;
		}

	}

	public List<String> codes() {
		return this.items.stream().map(Item::code).toList();
	}

}
