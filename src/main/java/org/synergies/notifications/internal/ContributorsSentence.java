package org.synergies.notifications.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.synergies.notifications.Addressee;
import org.synergies.notifications.AddresseeKind;
import org.synergies.notifications.ContributionView;
import org.synergies.shared.Language;

/**
 * The one-paragraph summary of who contributed, for progress reports: "Contributions were
 * received from the Governments of Australia and Poland and from Wild Migration, also on
 * behalf of BirdLife International, OceanCare and the Wildlife Conservation Society." The
 * governments that answered for themselves alone are named together, where the first of
 * them answered; every other sender follows in the order it first answered, with those it
 * answered on behalf of.
 */
public final class ContributorsSentence {

	/** A sender and everyone it answered on behalf of, over all its contributions. */
	private record Contributor(Addressee sender, List<Addressee> onBehalf) {
	}

	/** A part of the sentence: governments together, or one sender. */
	private record Item(List<Addressee> governments, Contributor contributor) {
	}

	private ContributorsSentence() {
	}

	public static String write(List<ContributionView> contributions, Language language) {
		if (contributions.isEmpty()) {
			return switch (language) {
				case EN -> "No contributions have been received.";
				case FR -> "Aucune contribution n’a été reçue.";
				case ES -> "No se ha recibido ninguna contribución.";
			};
		}
		List<Item> items = items(contributions);
		List<String> parts = items.stream().map(item -> part(item, language)).toList();
		boolean nested = items.stream()
			.limit(items.size() - 1L)
			.anyMatch(item -> item.governments().isEmpty() && !item.contributor().onBehalf().isEmpty());
		String joined = switch (language) {
			case EN -> list(parts.stream().map(part -> "from " + part).toList(), nested ? ", and " : " and ");
			case FR -> list(parts, nested ? ", et " : " et ");
			case ES -> list(parts, nested ? ", y " : " y ");
		};
		boolean one = contributions.size() == 1;
		return switch (language) {
			case EN -> (one ? "A contribution was received " : "Contributions were received ") + joined + ".";
			case FR -> (one ? "Une contribution a été reçue " : "Des contributions ont été reçues ") + joined + ".";
			case ES -> (one ? "Se recibió una contribución " : "Se recibieron contribuciones ") + joined + ".";
		};
	}

	private static List<Item> items(List<ContributionView> contributions) {
		Map<String, Contributor> senders = new LinkedHashMap<>();
		contributions.stream()
			.sorted(Comparator.comparing(ContributionView::receivedOn).thenComparing(ContributionView::updatedAt))
			.forEach(contribution -> {
				Contributor known = senders.computeIfAbsent(contribution.sender().key(),
						key -> new Contributor(contribution.sender(), new ArrayList<>()));
				for (Addressee party : contribution.onBehalf()) {
					if (known.onBehalf().stream().noneMatch(already -> already.key().equals(party.key()))) {
						known.onBehalf().add(party);
					}
				}
			});
		List<Item> items = new ArrayList<>();
		List<Addressee> governments = new ArrayList<>();
		for (Contributor contributor : senders.values()) {
			if (contributor.sender().kind() == AddresseeKind.COUNTRY && contributor.onBehalf().isEmpty()) {
				if (governments.isEmpty()) {
					items.add(new Item(governments, contributor));
				}
				governments.add(contributor.sender());
			}
			else {
				items.add(new Item(List.of(), contributor));
			}
		}
		return items;
	}

	private static String part(Item item, Language language) {
		if (!item.governments().isEmpty()) {
			return governments(item.governments(), language);
		}
		Contributor contributor = item.contributor();
		String sender = contributor.sender().kind() == AddresseeKind.COUNTRY
				? governments(List.of(contributor.sender()), language)
				: language == Language.EN ? ContributorNames.the(contributor.sender(), language)
						: ContributorNames.of(contributor.sender(), language);
		if (contributor.onBehalf().isEmpty()) {
			return sender;
		}
		return sender + switch (language) {
			case EN -> ", also on behalf of "
					+ names(contributor.onBehalf(), party -> ContributorNames.the(party, language), " and ");
			case FR -> ", également au nom "
					+ names(contributor.onBehalf(), party -> ContributorNames.of(party, language), " et ");
			case ES -> ", también en nombre " + spanishOf(contributor.onBehalf());
		};
	}

	/**
	 * "the Governments of Australia and Poland", "des Gouvernements de l’Australie et de
	 * la Pologne".
	 */
	private static String governments(List<Addressee> countries, Language language) {
		boolean one = countries.size() == 1;
		return switch (language) {
			case EN -> (one ? "the Government of " : "the Governments of ")
					+ names(countries, country -> ContributorNames.the(country, language), " and ");
			case FR -> (one ? "du Gouvernement " : "des Gouvernements ")
					+ names(countries, country -> ContributorNames.of(country, language), " et ");
			case ES -> (one ? "del Gobierno " : "de los Gobiernos ") + spanishOf(countries);
		};
	}

	/**
	 * "de Australia y Polonia", "del Brasil e Italia": "de" once, contracted with "el".
	 */
	private static String spanishOf(List<Addressee> parties) {
		String listed = names(parties, party -> ContributorNames.the(party, Language.ES), " y ");
		return listed.startsWith("el ") ? "del " + listed.substring(3) : "de " + listed;
	}

	private static String names(List<Addressee> parties, Function<Addressee, String> name, String and) {
		return list(parties.stream().map(name).toList(), and);
	}

	/**
	 * "A, B and C"; in Spanish "y" becomes "e" before an "i" sound ("Francia e Italia").
	 */
	static String list(List<String> parts, String and) {
		if (parts.size() == 1) {
			return parts.get(0);
		}
		String last = parts.get(parts.size() - 1);
		String conjunction = and;
		if (and.strip().equals("y") && last.matches("(?i)(i|í|hi(?![aeouáéóú])).*")) {
			conjunction = and.replace("y", "e");
		}
		return String.join(", ", parts.subList(0, parts.size() - 1)) + conjunction + last;
	}

}
