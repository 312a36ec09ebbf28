package org.synergies.countries;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.synergies.reference.Instrument;
import org.synergies.reference.ReferenceData;
import org.synergies.shared.Language;

/**
 * Every treaty a membership or a focal point may name: the CMS Family instruments in
 * their official order, then the other conventions. Read once: they change only with a
 * migration.
 */
@Service
public class Treaties {

	private final List<Treaty> all;

	private final Map<String, Treaty> byCode;

	Treaties(ReferenceData reference, JdbcClient jdbc) {
		List<Treaty> treaties = new ArrayList<>();
		for (Instrument instrument : reference.instruments()) {
			treaties.add(new Treaty(instrument.code(), instrument.acronym(), instrument.names(), true));
		}
		treaties
			.addAll(jdbc.sql("SELECT code, acronym, name_en, name_fr, name_es FROM other_convention ORDER BY position")
				.query((rs, row) -> new Treaty(rs.getString("code"), rs.getString("acronym"),
						Map.of(Language.EN, rs.getString("name_en"), Language.FR, rs.getString("name_fr"), Language.ES,
								rs.getString("name_es")),
						false))
				.list());
		this.all = List.copyOf(treaties);
		this.byCode = this.all.stream().collect(Collectors.toUnmodifiableMap(Treaty::code, Function.identity()));
	}

	public List<Treaty> all() {
		return this.all;
	}

	public Optional<Treaty> find(String code) {
		return Optional.ofNullable(this.byCode.get(code));
	}

	/** The treaty's short name ("AEWA", "Ramsar"), or the code if unknown. */
	public String acronymOf(String code) {
		return find(code).map(Treaty::acronym).orElse(code);
	}

	/** Its position in {@link #all()}: for ordering a country's records. */
	public int position(String code) {
		Treaty treaty = this.byCode.get(code);
		return treaty == null ? Integer.MAX_VALUE : this.all.indexOf(treaty);
	}

}
