package org.synergies.organizations.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.synergies.accounts.AccountManagement;
import org.synergies.organizations.ContactDetails;
import org.synergies.organizations.DirectoryQuery;
import org.synergies.organizations.OrganizationDetails;
import org.synergies.organizations.OrganizationKind;
import org.synergies.organizations.OrganizationManagement;
import org.synergies.organizations.OrganizationView;
import org.synergies.shared.Language;
import org.synergies.system.DemoData;

import static org.synergies.organizations.OrganizationKind.ACADEMIC;
import static org.synergies.organizations.OrganizationKind.INDIGENOUS_OR_LOCAL_COMMUNITY;
import static org.synergies.organizations.OrganizationKind.INTERGOVERNMENTAL;
import static org.synergies.organizations.OrganizationKind.INTERNATIONAL_NGO;
import static org.synergies.organizations.OrganizationKind.MEA_SECRETARIAT;
import static org.synergies.organizations.OrganizationKind.NATIONAL_NGO;
import static org.synergies.organizations.OrganizationKind.PRIVATE_SECTOR;
import static org.synergies.organizations.OrganizationKind.UN_BODY;
import static org.synergies.organizations.OrganizationKind.YOUTH;

/**
 * Every organization the source document (UNEP/CMS/COP13/Doc.18) names, with its real
 * kind, country and website, and members for a few NGOs. Embedded default only.
 */
@Component
@DemoData
@Order(20)
class DemoOrganizations implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoOrganizations.class);

	record Demo(String officialName, @Nullable String fr, @Nullable String es, @Nullable String acronym,
			OrganizationKind kind, @Nullable String headquarters, String website, Set<String> instruments,
			Set<String> speciesGroups) {
	}

	static final List<Demo> ORGANIZATIONS = List.of(new Demo(
			"Secretariat of the Convention on the Conservation of Migratory Species of Wild Animals",
			"Secrétariat de la Convention sur la conservation des espèces migratrices appartenant à la faune sauvage",
			"Secretaría de la Convención sobre la Conservación de las Especies Migratorias de Animales Silvestres",
			"CMS", MEA_SECRETARIAT, "DE", "https://www.cms.int", Set.of("CMS"), Set.of()),
			new Demo("Secretariat of the Agreement on the Conservation of African-Eurasian Migratory Waterbirds", null,
					null, "AEWA", MEA_SECRETARIAT, "DE", "https://www.unep-aewa.org", Set.of("AEWA"), Set.of("BIRDS")),
			new Demo("Secretariat of the Agreement on the Conservation of Populations of European Bats", null, null,
					"EUROBATS", MEA_SECRETARIAT, "DE", "https://www.eurobats.org", Set.of("EUROBATS"), Set.of("BATS")),
			new Demo(
					"Secretariat of the Agreement on the Conservation of Small Cetaceans of the Baltic, North East Atlantic, Irish and North Seas",
					null, null, "ASCOBANS", MEA_SECRETARIAT, "DE", "https://www.ascobans.org", Set.of("ASCOBANS"),
					Set.of("AQUATIC_MAMMALS")),
			new Demo(
					"Permanent Secretariat of the Agreement on the Conservation of Cetaceans of the Black Sea, Mediterranean Sea and contiguous Atlantic Area",
					null, null, "ACCOBAMS", MEA_SECRETARIAT, "MC", "https://accobams.org", Set.of("ACCOBAMS"),
					Set.of("AQUATIC_MAMMALS")),
			new Demo("Convention on International Trade in Endangered Species of Wild Fauna and Flora",
					"Convention sur le commerce international des espèces de faune et de flore sauvages menacées d’extinction",
					"Convención sobre el Comercio Internacional de Especies Amenazadas de Fauna y Flora Silvestres",
					"CITES", MEA_SECRETARIAT, "CH", "https://cites.org", Set.of("CMS", "SHARKS"), Set.of()),
			new Demo("Convention on Wetlands", "Convention sur les zones humides", "Convención sobre los Humedales",
					"Ramsar", MEA_SECRETARIAT, "CH", "https://www.ramsar.org", Set.of("CMS", "AEWA"), Set.of("BIRDS")),
			new Demo("Secretariat of the Convention on Biological Diversity",
					"Secrétariat de la Convention sur la diversité biologique",
					"Secretaría del Convenio sobre la Diversidad Biológica", "CBD", MEA_SECRETARIAT, "CA",
					"https://www.cbd.int", Set.of("CMS"), Set.of()),
			new Demo("International Whaling Commission", "Commission baleinière internationale",
					"Comisión Ballenera Internacional", "IWC", MEA_SECRETARIAT, "GB", "https://iwc.int",
					Set.of("CMS", "ASCOBANS", "ACCOBAMS"), Set.of("AQUATIC_MAMMALS")),
			new Demo("UNESCO World Heritage Centre", "Centre du patrimoine mondial de l’UNESCO",
					"Centro del Patrimonio Mundial de la UNESCO", null, MEA_SECRETARIAT, "FR", "https://whc.unesco.org",
					Set.of("CMS"), Set.of()),
			new Demo("Secretariat of the Convention on the Conservation of European Wildlife and Natural Habitats",
					"Secrétariat de la Convention relative à la conservation de la vie sauvage et du milieu naturel de l’Europe",
					"Secretaría del Convenio relativo a la Conservación de la Vida Silvestre y del Medio Natural de Europa",
					"Bern Convention", MEA_SECRETARIAT, "FR", "https://www.coe.int/en/web/bern-convention",
					Set.of("CMS", "EUROBATS"), Set.of()),
			new Demo("United Nations Convention to Combat Desertification",
					"Convention des Nations Unies sur la lutte contre la désertification",
					"Convención de las Naciones Unidas de Lucha contra la Desertificación", "UNCCD", MEA_SECRETARIAT,
					"DE", "https://www.unccd.int", Set.of("CMS"), Set.of("TERRESTRIAL_MAMMALS")),
			new Demo("United Nations Environment Programme", "Programme des Nations Unies pour l’environnement",
					"Programa de las Naciones Unidas para el Medio Ambiente", "UNEP", UN_BODY, "KE",
					"https://www.unep.org", Set.of("CMS"), Set.of()),
			new Demo("UNEP Regional Office for Asia and the Pacific",
					"Bureau régional du PNUE pour l’Asie et le Pacifique",
					"Oficina Regional del PNUMA para Asia y el Pacífico", null, UN_BODY, "TH",
					"https://www.unep.org/regions/asia-and-pacific", Set.of("CMS"), Set.of()),
			new Demo("UNEP Regional Office for Latin America and the Caribbean",
					"Bureau régional du PNUE pour l’Amérique latine et les Caraïbes",
					"Oficina Regional del PNUMA para América Latina y el Caribe", null, UN_BODY, "PA",
					"https://www.unep.org/regions/latin-america-and-caribbean", Set.of("CMS"), Set.of()),
			new Demo("UN Environment Programme World Conservation Monitoring Centre",
					"Centre mondial de surveillance de la conservation de la nature du PNUE",
					"Centro de Monitoreo de la Conservación Mundial del PNUMA", "UNEP-WCMC", UN_BODY, "GB",
					"https://www.unep-wcmc.org", Set.of("CMS"), Set.of()),
			new Demo("Food and Agriculture Organization of the United Nations",
					"Organisation des Nations Unies pour l’alimentation et l’agriculture",
					"Organización de las Naciones Unidas para la Alimentación y la Agricultura", "FAO", UN_BODY, "IT",
					"https://www.fao.org", Set.of("CMS", "SHARKS"), Set.of("SHARKS_AND_RAYS", "OTHER_FISH")),
			new Demo("United Nations Environment Management Group",
					"Groupe de gestion de l’environnement des Nations Unies",
					"Grupo de Gestión Ambiental de las Naciones Unidas", "EMG", UN_BODY, "CH", "https://unemg.org",
					Set.of("CMS"), Set.of()),
			new Demo("Intergovernmental Science-Policy Platform on Biodiversity and Ecosystem Services",
					"Plateforme intergouvernementale scientifique et politique sur la biodiversité et les services écosystémiques",
					"Plataforma Intergubernamental Científico-Normativa sobre Diversidad Biológica y Servicios de los Ecosistemas",
					"IPBES", INTERGOVERNMENTAL, "DE", "https://www.ipbes.net", Set.of("CMS"), Set.of()),
			new Demo("Born Free Foundation", null, null, null, INTERNATIONAL_NGO, "GB", "https://www.bornfree.org.uk",
					Set.of("CMS", "SHARKS"), Set.of("TERRESTRIAL_MAMMALS", "AQUATIC_MAMMALS")),
			new Demo("BirdLife International", null, null, null, INTERNATIONAL_NGO, "GB", "https://www.birdlife.org",
					Set.of("CMS", "AEWA", "RAPTORS"), Set.of("BIRDS")),
			new Demo("OceanCare", null, null, null, INTERNATIONAL_NGO, "CH", "https://www.oceancare.org",
					Set.of("CMS", "ACCOBAMS", "ASCOBANS"), Set.of("AQUATIC_MAMMALS")),
			new Demo("Wildlife Conservation Society", null, null, "WCS", INTERNATIONAL_NGO, "US", "https://www.wcs.org",
					Set.of("CMS", "SAIGA"), Set.of("TERRESTRIAL_MAMMALS", "AQUATIC_MAMMALS")),
			new Demo("Wild Migration", null, null, null, INTERNATIONAL_NGO, "AU", "https://www.wildmigration.org",
					Set.of("CMS"), Set.of()),
			new Demo("IUCN Environmental Law Centre", "Centre du droit de l’environnement de l’UICN",
					"Centro de Derecho Ambiental de la UICN", "IUCN ELC", INTERNATIONAL_NGO, "DE",
					"https://www.iucn.org/our-union/commissions/world-commission-environmental-law", Set.of("CMS"),
					Set.of()),
			new Demo("Environment for the Americas", null, "Medio Ambiente para las Américas", "EFTA", NATIONAL_NGO,
					"US", "https://www.environmentamericas.org", Set.of("CMS"), Set.of("BIRDS")),
			new Demo("Société nationale de protection de la nature", null, null, "SNPN", NATIONAL_NGO, "FR",
					"https://www.snpn.com", Set.of("AEWA"), Set.of("BIRDS")),
			new Demo("Global Youth Biodiversity Network", "Réseau mondial de la jeunesse pour la biodiversité",
					"Red Mundial de Jóvenes por la Biodiversidad", "GYBN", YOUTH, "DE", "https://www.gybn.org",
					Set.of("CMS"), Set.of()),
			new Demo("International Indigenous Forum on Biodiversity",
					"Forum international des peuples autochtones sur la biodiversité",
					"Foro Internacional Indígena sobre Biodiversidad", "IIFB", INDIGENOUS_OR_LOCAL_COMMUNITY, null,
					"https://iifb-indigenous.org", Set.of("CMS"), Set.of()),
			new Demo("World Business Council for Sustainable Development", null, null, "WBCSD", PRIVATE_SECTOR, "CH",
					"https://www.wbcsd.org", Set.of("CMS"), Set.of()),
			new Demo("Max Planck Institute of Animal Behavior", null, null, null, ACADEMIC, "DE",
					"https://www.ab.mpg.de", Set.of("CMS"), Set.of("BIRDS", "BATS")));

	/**
	 * Demo accounts that act for an NGO (their accounts are seeded by the accounts
	 * module).
	 */
	static final Map<String, String> MEMBERS = Map.of("member@synergies.example", "Born Free Foundation",
			"birdlife@synergies.example", "BirdLife International", "oceancare@synergies.example", "OceanCare");

	private final OrganizationManagement organizations;

	private final AccountManagement accounts;

	DemoOrganizations(OrganizationManagement organizations, AccountManagement accounts) {
		this.organizations = organizations;
		this.accounts = accounts;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments arguments) {
		if (this.organizations.directory(DirectoryQuery.firstPage(1)).total() > 0) {
			return;
		}
		Map<String, UUID> ids = new HashMap<>();
		for (Demo demo : ORGANIZATIONS) {
			OrganizationView organization = this.organizations.register(new OrganizationDetails(demo.officialName(),
					null, demo.fr(), demo.es(), demo.acronym(), demo.kind(), demo.headquarters(), Set.of(),
					demo.website(), null, null, null, demo.instruments(), demo.speciesGroups()));
			ids.put(demo.officialName(), organization.id());
		}
		this.organizations.addContact(ids.get("Born Free Foundation"), new ContactDetails("Nadia Programme",
				"Head of international policy", "policy@bornfree.example", "+44 1403 240170", Language.EN));
		MEMBERS.forEach((email, organization) -> this.accounts.findByEmail(email)
			.ifPresent(account -> this.accounts.addMembership(account.id(), ids.get(organization))));
		log.info("Demo data: {} organizations seeded", ORGANIZATIONS.size());
	}

}
