package org.synergies.mandates.web;

import java.util.ArrayList;
import java.util.List;

import org.synergies.mandates.AnnexView;
import org.synergies.mandates.MandateView;
import org.synergies.shared.Language;

/**
 * An annex as the API gives it: its number, its public address, its titles and bodies as
 * language-keyed values (a language missing is absent).
 *
 * @param address e.g. "/mandates/11.10/rev-cop12/annex-1"
 */
record MandateAnnexResponse(String number, String address, List<Language> languages,
		List<MandateTextResponse.MandateLanguageValue> titles, List<MandateTextResponse.MandateLanguageValue> bodies) {

	static MandateAnnexResponse of(AnnexView annex, String textAddress) {
		List<MandateTextResponse.MandateLanguageValue> titles = new ArrayList<>();
		List<MandateTextResponse.MandateLanguageValue> bodies = new ArrayList<>();
		for (Language language : Language.values()) {
			if (annex.title(language) != null) {
				titles.add(new MandateTextResponse.MandateLanguageValue(language, annex.title(language)));
			}
			if (annex.body(language) != null) {
				bodies.add(new MandateTextResponse.MandateLanguageValue(language, annex.body(language)));
			}
		}
		return new MandateAnnexResponse(annex.number(), textAddress + "/" + annex.anchor(), annex.languages(), titles,
				bodies);
	}

	static List<MandateAnnexResponse> of(MandateView mandate) {
		String address = MandateTextResponse.address(mandate);
		return mandate.annexes().stream().map(annex -> of(annex, address)).toList();
	}

}
