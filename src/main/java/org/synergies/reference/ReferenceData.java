package org.synergies.reference;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.synergies.shared.CountryCode;
import org.synergies.shared.Language;
import org.synergies.shared.Name;
import org.synergies.shared.Name.Grammar;

/**
 * The CMS Family instruments and species groups, the targets of the Strategic Plan for
 * Migratory Species and the CMS regions, in their official order, and the region of every
 * country. Read once: they change only with a migration.
 */
@Service
public class ReferenceData {

	private final List<Instrument> instruments;

	private final Map<String, Instrument> instrumentsByCode;

	private final List<SpeciesGroup> speciesGroups;

	private final Map<String, SpeciesGroup> speciesGroupsByCode;

	private final List<StrategicPlanTarget> strategicPlanTargets;

	private final Map<Integer, StrategicPlanTarget> strategicPlanTargetsByNumber;

	private final List<Region> regions;

	private final Map<String, Region> regionsByCode;

	private final Map<String, String> regionCodesByCountry;

	ReferenceData(JdbcClient jdbc) {
		this.instruments = jdbc
			.sql("SELECT code, kind, acronym, name_en, name_fr, name_es, gender_fr, gender_es, plural_fr, plural_es,"
					+ " elision_fr FROM cms_instrument ORDER BY position")
			.query((rs, row) -> new Instrument(rs.getString("code"), Instrument.Kind.valueOf(rs.getString("kind")),
					rs.getString("acronym"),
					Map.of(Language.EN, rs.getString("name_en"), Language.FR, rs.getString("name_fr"), Language.ES,
							rs.getString("name_es")),
					Grammar.of(rs.getString("gender_fr"), rs.getObject("plural_fr", Boolean.class),
							rs.getObject("elision_fr", Boolean.class)),
					Grammar.of(rs.getString("gender_es"), rs.getObject("plural_es", Boolean.class), null)))
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
		this.strategicPlanTargets = jdbc.sql(
				"SELECT number, short_en, short_fr, short_es, text_en, text_fr, text_es FROM strategic_plan_target ORDER BY number")
			.query((rs, row) -> new StrategicPlanTarget(rs.getInt("number"),
					Map.of(Language.EN, rs.getString("short_en"), Language.FR, rs.getString("short_fr"), Language.ES,
							rs.getString("short_es")),
					Map.of(Language.EN, rs.getString("text_en"), Language.FR, rs.getString("text_fr"), Language.ES,
							rs.getString("text_es"))))
			.list();
		this.regions = jdbc.sql("SELECT code, name_en, name_fr, name_es FROM cms_region ORDER BY position")
			.query((rs, row) -> new Region(rs.getString("code"),
					Map.of(Language.EN, rs.getString("name_en"), Language.FR, rs.getString("name_fr"), Language.ES,
							rs.getString("name_es"))))
			.list();
		this.strategicPlanTargetsByNumber = this.strategicPlanTargets.stream()
			.collect(Collectors.toUnmodifiableMap(StrategicPlanTarget::number, Function.identity()));
		this.regionsByCode = this.regions.stream()
			.collect(Collectors.toUnmodifiableMap(Region::code, Function.identity()));
		this.regionCodesByCountry = jdbc.sql("SELECT country, region FROM country_region")
			.query((rs, row) -> Map.entry(rs.getString("country").trim(), rs.getString("region")))
			.list()
			.stream()
			.collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));
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

	/**
	 * The instrument's full name as sentences use it ("l’Accord sur…"); an unknown code
	 * stands for itself.
	 */
	public Name instrumentFullName(String code) {
		return instrument(code).map(Instrument::fullName).orElseGet(() -> Name.english(code));
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

	/** The 16 targets of the Strategic Plan for Migratory Species 2015–2023, in order. */
	public List<StrategicPlanTarget> strategicPlanTargets() {
		return this.strategicPlanTargets;
	}

	public Optional<StrategicPlanTarget> strategicPlanTarget(int number) {
		return Optional.ofNullable(this.strategicPlanTargetsByNumber.get(number));
	}

	/** The CMS regions in their official order, Africa first. */
	public List<Region> regions() {
		return this.regions;
	}

	public Optional<Region> region(String code) {
		return Optional.ofNullable(this.regionsByCode.get(code));
	}

	/** The region's name in the given language, or the code if unknown. */
	public String regionName(String code, Locale locale) {
		return region(code).map(region -> region.name(locale)).orElse(code);
	}

	/**
	 * The CMS region a country belongs to. Every code ISO 3166-1 assigns has one, so this
	 * is empty only if the JDK learns a code the migrations do not know yet.
	 */
	public Optional<Region> regionOf(CountryCode country) {
		return Optional.ofNullable(this.regionCodesByCountry.get(country.value())).flatMap(this::region);
	}

}
