package org.synergies.reference;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.synergies.shared.Language;

/**
 * The CMS Family instruments and species groups, in their official order. Read once: they
 * change only with a migration.
 */
@Service
public class ReferenceData {

	private final List<Instrument> instruments;

	private final Map<String, Instrument> instrumentsByCode;

	private final List<SpeciesGroup> speciesGroups;

	private final Map<String, SpeciesGroup> speciesGroupsByCode;

	ReferenceData(JdbcClient jdbc) {
		this.instruments = jdbc
			.sql("SELECT code, kind, acronym, name_en, name_fr, name_es FROM cms_instrument ORDER BY position")
			.query((rs, row) -> new Instrument(rs.getString("code"), Instrument.Kind.valueOf(rs.getString("kind")),
					rs.getString("acronym"),
					Map.of(Language.EN, rs.getString("name_en"), Language.FR, rs.getString("name_fr"), Language.ES,
							rs.getString("name_es"))))
			.list();
		this.speciesGroups = jdbc.sql("SELECT code, name_en, name_fr, name_es FROM species_group ORDER BY position")
			.query((rs, row) -> new SpeciesGroup(rs.getString("code"),
					Map.of(Language.EN, rs.getString("name_en"), Language.FR, rs.getString("name_fr"), Language.ES,
							rs.getString("name_es"))))
			.list();
		this.instrumentsByCode = this.instruments.stream()
			.collect(Collectors.toUnmodifiableMap(Instrument::code, Function.identity()));
		this.speciesGroupsByCode = this.speciesGroups.stream()
			.collect(Collectors.toUnmodifiableMap(SpeciesGroup::code, Function.identity()));
	}

	public List<Instrument> instruments() {
		return this.instruments;
	}

	public Optional<Instrument> instrument(String code) {
		return Optional.ofNullable(this.instrumentsByCode.get(code));
	}

	/**
	 * The instrument's short name for lists ("AEWA", "Sharks MOU"), or the code if
	 * unknown.
	 */
	public String acronymOf(String code) {
		return instrument(code).map(Instrument::acronym).orElse(code);
	}

	public String instrumentName(String code, Locale locale) {
		return instrument(code).map(instrument -> instrument.name(locale)).orElse(code);
	}

	public String speciesGroupName(String code, Locale locale) {
		return speciesGroup(code).map(group -> group.name(locale)).orElse(code);
	}

	public List<SpeciesGroup> speciesGroups() {
		return this.speciesGroups;
	}

	public Optional<SpeciesGroup> speciesGroup(String code) {
		return Optional.ofNullable(this.speciesGroupsByCode.get(code));
	}

}
