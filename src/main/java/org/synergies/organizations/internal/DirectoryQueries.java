package org.synergies.organizations.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.synergies.organizations.DirectoryPage;
import org.synergies.organizations.DirectoryQuery;
import org.synergies.organizations.NgoPartners;
import org.synergies.organizations.OrganizationKind;
import org.synergies.organizations.OrganizationStatus;
import org.synergies.organizations.OrganizationSummary;
import org.synergies.organizations.OrganizationView;
import org.synergies.shared.Language;
import org.synergies.shared.SearchKey;

/**
 * Reads the directory in a fixed number of statements, whatever the page size: one count,
 * one page of organizations, one query for their instruments.
 */
@Component
public class DirectoryQueries {

	private final JdbcClient jdbc;

	private final Organizations organizations;

	private final NgoPartners partners;

	DirectoryQueries(JdbcClient jdbc, Organizations organizations, NgoPartners partners) {
		this.jdbc = jdbc;
		this.organizations = organizations;
		this.partners = partners;
	}

	public DirectoryPage page(DirectoryQuery query) {
		Filter filter = filter(query);
		long total = this.jdbc.sql("SELECT count(*) FROM organization o" + filter.where())
			.params(filter.parameters())
			.query(Long.class)
			.single();
		List<Object> paged = new ArrayList<>(filter.parameters());
		paged.add(query.size());
		paged.add((long) query.page() * query.size());
		List<OrganizationSummary> rows = this.jdbc
			.sql("SELECT o.id, o.official_name, o.name_en, o.name_fr, o.name_es, o.acronym, o.kind, o.headquarters, "
					+ "o.website, o.status FROM organization o" + filter.where() + orderBy(query.sort())
					+ " LIMIT ? OFFSET ?")
			.params(paged)
			.query((rs, row) -> new OrganizationSummary(rs.getObject("id", UUID.class), rs.getString("official_name"),
					rs.getString("name_en"), rs.getString("name_fr"), rs.getString("name_es"), rs.getString("acronym"),
					OrganizationKind.valueOf(rs.getString("kind")), rs.getString("headquarters"),
					rs.getString("website"), OrganizationStatus.valueOf(rs.getString("status")), new ArrayList<>()))
			.list();
		attachInstruments(rows);
		return new DirectoryPage(rows, query.page(), query.size(), total);
	}

	/**
	 * Every organization the query matches, in its order, one at a time (for exports).
	 */
	public void forEach(DirectoryQuery query, Consumer<OrganizationView> action) {
		Filter filter = filter(query);
		List<UUID> ids = this.jdbc.sql("SELECT o.id FROM organization o" + filter.where() + orderBy(query.sort()))
			.params(filter.parameters())
			.query(UUID.class)
			.list();
		for (int start = 0; start < ids.size(); start += 200) {
			List<UUID> batch = ids.subList(start, Math.min(start + 200, ids.size()));
			Map<UUID, OrganizationView> byId = new HashMap<>();
			this.organizations.findAllById(batch)
				.forEach(organization -> byId.put(organization.id(), organization.view()));
			batch.stream().map(byId::get).forEach(action);
		}
	}

	/**
	 * Names and acronyms of every organization that is not merged, for duplicate checks.
	 */
	public List<NameEntry> names() {
		return this.jdbc.sql("""
				SELECT id, official_name, name_en, name_fr, name_es, acronym, status
				FROM organization WHERE status <> 'MERGED'
				""")
			.query((rs, row) -> new NameEntry(rs.getObject("id", UUID.class), rs.getString("official_name"),
					List.of(nonNull(rs.getString("official_name")), nonNull(rs.getString("name_en")),
							nonNull(rs.getString("name_fr")), nonNull(rs.getString("name_es"))),
					rs.getString("acronym"), OrganizationStatus.valueOf(rs.getString("status"))))
			.list();
	}

	public record NameEntry(UUID id, String officialName, List<String> names, String acronym,
			OrganizationStatus status) {
	}

	private void attachInstruments(List<OrganizationSummary> rows) {
		if (rows.isEmpty()) {
			return;
		}
		Map<UUID, List<String>> byOrganization = new HashMap<>();
		rows.forEach(row -> byOrganization.put(row.id(), row.instruments()));
		this.jdbc
			.sql("SELECT organization_id, instrument_code FROM organization_instrument "
					+ "WHERE organization_id IN (:ids) ORDER BY instrument_code")
			.param("ids", byOrganization.keySet())
			.query((rs, row) -> {
				byOrganization.get(rs.getObject("organization_id", UUID.class)).add(rs.getString("instrument_code"));
				return null;
			})
			.list();
	}

	/** Names sort in the reader's language: the directory shows them so. */
	private static String orderBy(DirectoryQuery.Sort sort) {
		String name = switch (Language.of(LocaleContextHolder.getLocale())) {
			case EN -> "o.sort_key_en";
			case FR -> "o.sort_key_fr";
			case ES -> "o.sort_key_es";
		};
		return switch (sort) {
			case NAME -> " ORDER BY " + name + ", o.id";
			case NAME_DESC -> " ORDER BY " + name + " DESC, o.id";
			case KIND -> " ORDER BY o.kind, " + name + ", o.id";
			case COUNTRY -> " ORDER BY o.headquarters, " + name + ", o.id";
			case RECENTLY_UPDATED -> " ORDER BY o.updated_at DESC, o.id";
		};
	}

	private static String nonNull(String value) {
		return value == null ? "" : value;
	}

	private Filter filter(DirectoryQuery query) {
		return Filter.of(query, query.ngoPartners() ? this.partners.ids() : Set.of());
	}

	private record Filter(String where, List<Object> parameters) {

		static Filter of(DirectoryQuery query, Set<UUID> ngoPartners) {
			StringBuilder where = new StringBuilder(" WHERE o.status = ?");
			List<Object> parameters = new ArrayList<>();
			parameters.add(query.status().name());
			// every word typed must appear, in any order: "societe ile" finds "Société de
			// l’Île"
			if (query.text() != null) {
				Arrays.stream(SearchKey.of(query.text()).split(" "))
					.filter(word -> !word.isEmpty())
					.distinct()
					.limit(8)
					.forEach(word -> {
						where.append(" AND o.search_text LIKE ?");
						parameters.add("%" + word + "%");
					});
			}
			if (query.kind() != null) {
				where.append(" AND o.kind = ?");
				parameters.add(query.kind().name());
			}
			if (query.country() != null && !query.country().isBlank()) {
				where.append(" AND (o.headquarters = ? OR EXISTS (SELECT 1 FROM organization_country c "
						+ "WHERE c.organization_id = o.id AND c.country = ?))");
				parameters.add(query.country());
				parameters.add(query.country());
			}
			if (query.instrument() != null && !query.instrument().isBlank()) {
				where.append(" AND EXISTS (SELECT 1 FROM organization_instrument i "
						+ "WHERE i.organization_id = o.id AND i.instrument_code = ?)");
				parameters.add(query.instrument());
			}
			if (query.ngoPartners()) {
				// few enough to name: the partners with a partnership agreement in force
				where.append(ngoPartners.isEmpty() ? " AND 1 = 0"
						: " AND o.id IN (" + String.join(", ", Collections.nCopies(ngoPartners.size(), "?")) + ")");
				parameters.addAll(ngoPartners);
			}
			return new Filter(where.toString(), parameters);
		}

	}

}
