package org.synergies.notifications.internal;

import java.time.Clock;
import java.time.LocalDate;
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
import org.synergies.accounts.AccountView;
import org.synergies.accounts.CurrentUser;
import org.synergies.countries.CountryMemberships;
import org.synergies.countries.FocalPointDesignation;
import org.synergies.countries.FocalPointDetails;
import org.synergies.countries.FocalPoints;
import org.synergies.countries.MembershipDetails;
import org.synergies.countries.MembershipStatus;
import org.synergies.notifications.AddresseeCategory;
import org.synergies.notifications.AddresseeKind;
import org.synergies.notifications.ContributionChannel;
import org.synergies.notifications.ContributionDetails;
import org.synergies.notifications.ContributionView;
import org.synergies.notifications.Contributions;
import org.synergies.notifications.NotificationDetails;
import org.synergies.notifications.NotificationView;
import org.synergies.notifications.Notifications;
import org.synergies.notifications.TranslationAction;
import org.synergies.notifications.TranslationRequests;
import org.synergies.notifications.TranslationStep;
import org.synergies.organizations.DirectoryQuery;
import org.synergies.organizations.OrganizationManagement;
import org.synergies.organizations.OrganizationStatus;
import org.synergies.organizations.OrganizationSummary;
import org.synergies.shared.CountryCode;
import org.synergies.shared.Language;
import org.synergies.system.DemoData;

/**
 * Notification 2018/008 of 3 August 2018 (UNEP/CMS/COP13/Doc.18, paragraph 5), inviting
 * Parties, other Governments and civil-society organizations, NGOs included, to review
 * the relationship between the CMS Family and civil society, and the contributions the
 * Secretariat received by e-mail: from the Governments of Australia and Poland (in
 * English), and from Wild Migration, also on behalf of BirdLife International, OceanCare
 * and the Wildlife Conservation Society. Texts written for the demonstration; the
 * deadline (3 September 2018) is assumed, the seed does not give it. Poland's CMS
 * membership and fictional CMS focal points for Australia and Poland are added to the
 * countries' demo data. Courtesy translations, asked of Thérèse Traductrice (the demo's
 * translator, into French) and of an external translator (into Spanish): Poland's French
 * translation checked and its Spanish one received; Australia's French one requested, due
 * in two weeks; Wild Migration's Spanish one in progress.
 */
@Component
@DemoData
@Order(60)
class DemoNotifications implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoNotifications.class);

	private static final String TITLE_EN = "Review of the relationship between the CMS Family and civil society";

	private static final String TITLE_FR = "Examen de la relation entre la Famille de la CMS et la société civile";

	private static final String TITLE_ES = "Examen de la relación entre la Familia de la CMS y la sociedad civil";

	private static final String TEXT_EN = """
			The Secretariat of the Convention on the Conservation of Migratory Species of Wild Animals presents its compliments to the Parties and has the honour to refer to Resolution 11.10 (Rev.COP12) on synergies and partnerships.

			To promote the implementation of its provisions, the Secretariat invites Parties, other Governments, civil-society organizations (CSOs) and non-governmental organizations (NGOs) to review, and to make recommendations on, the relationship between the CMS Family and civil society, in particular on:
			- mechanisms through which the work facilitated by CSOs and NGOs would be formally and systematically reported across the CMS Family and considered by the Parties and the governing bodies of the agreements within the CMS Family;
			- models for increased participation of CSOs and NGOs in CMS processes;
			- modalities for continued strategic engagement with CSOs and NGOs to provide implementation expertise and capacity building.

			The contributions received will be compiled as received and submitted to the thirteenth meeting of the Conference of the Parties.""";

	private static final String TEXT_FR = """
			Le Secrétariat de la Convention sur la conservation des espèces migratrices appartenant à la faune sauvage présente ses compliments aux Parties et a l’honneur de se référer à la Résolution 11.10 (Rev.COP12) sur les synergies et les partenariats.

			Pour promouvoir la mise en œuvre de ses dispositions, le Secrétariat invite les Parties, les autres gouvernements, les organisations de la société civile (OSC) et les organisations non gouvernementales (ONG) à examiner la relation entre la Famille de la CMS et la société civile et à formuler des recommandations, en particulier sur\u00a0:
			- les mécanismes par lesquels le travail facilité par les OSC et les ONG serait rapporté de manière officielle et systématique à travers la Famille de la CMS et examiné par les Parties et les organes directeurs des accords au sein de la Famille de la CMS\u00a0;
			- les modèles pour une participation accrue des OSC et des ONG aux processus de la CMS\u00a0;
			- les modalités d’un engagement stratégique continu avec les OSC et les ONG afin de fournir une expertise en matière de mise en œuvre et de renforcement des capacités.

			Les contributions reçues seront compilées telles qu’elles ont été reçues et soumises à la treizième session de la Conférence des Parties.""";

	private static final String TEXT_ES = """
			La Secretaría de la Convención sobre la Conservación de las Especies Migratorias de Animales Silvestres saluda atentamente a las Partes y tiene el honor de referirse a la Resolución 11.10 (Rev.COP12) sobre sinergias y asociaciones.

			Para promover la aplicación de sus disposiciones, la Secretaría invita a las Partes, a otros gobiernos, a las organizaciones de la sociedad civil (OSC) y a las organizaciones no gubernamentales (ONG) a examinar la relación entre la Familia de la CMS y la sociedad civil y a formular recomendaciones, en particular sobre:
			- los mecanismos mediante los cuales el trabajo facilitado por las OSC y las ONG se comunicaría de manera oficial y sistemática en toda la Familia de la CMS y sería examinado por las Partes y los órganos rectores de los acuerdos de la Familia de la CMS;
			- modelos para una mayor participación de las OSC y las ONG en los procesos de la CMS;
			- las modalidades para un compromiso estratégico continuo con las OSC y las ONG a fin de aportar conocimientos sobre la aplicación y fomentar la capacidad.

			Las contribuciones recibidas se recopilarán tal como se reciban y se presentarán a la 13.ª reunión de la Conferencia de las Partes.""";

	private static final String AUSTRALIA = """
			Australia welcomes the opportunity to contribute to the review of the relationship between the CMS Family and civil society.

			Civil-society organizations deliver much of the on-ground conservation of migratory species in Australia, from shorebird monitoring along the East Asian–Australasian Flyway to marine turtle and dugong programmes with Indigenous ranger groups. Their work is, however, largely invisible in the reporting of the CMS Family.

			Australia supports a simple, voluntary reporting format for NGO partners, aligned with the Strategic Plan for Migratory Species, so that their contributions can be considered by the Conference of the Parties alongside the national reports of Parties. The format should not add to the reporting burden of Parties.

			Australia also encourages the Secretariat to draw on existing partnership arrangements rather than create new bodies, and to make the participation of NGOs in meetings of the CMS Family predictable and transparent.""";

	private static final String POLAND = """
			Poland thanks the Secretariat for Notification 2018/008 and offers the following comments.

			Non-governmental organizations in Poland contribute significantly to the implementation of CMS and EUROBATS, in particular through bat and bird monitoring schemes run by volunteers, which feed into national reporting. Poland sees value in recognizing such contributions more formally within the CMS Family.

			Any mechanism for reporting by civil society should respect the role of national focal points: information reported by NGOs about activities in a country should be shared with that country's focal point before it is considered by the governing bodies.

			Poland supports accreditation criteria that are clear and proportionate, and a review of the arrangements after a trial period.""";

	private static final String WILD_MIGRATION = """
			Wild Migration submits this contribution also on behalf of BirdLife International, OceanCare and the Wildlife Conservation Society.

			1. Recognition. NGOs that have signed a formal partnership agreement with the Secretariat should be recognized as NGO partners of the CMS Family, with a clear status in the governing bodies.

			2. Reporting. We propose to produce a review of the value of CMS to NGO partners and a reporting format for civil society, for consideration by the thirteenth meeting of the Conference of the Parties. Reports should be compiled and presented to each meeting of the Conference of the Parties.

			3. Participation. Accredited NGOs should be able to take the floor in sessional committees and working groups, and to contribute to draft resolutions through a transparent process.

			4. Strategic engagement. A standing dialogue between the Secretariat and civil society, meeting at least once between meetings of the Conference of the Parties, would help to align implementation expertise and capacity building with the Strategic Plan for Migratory Species.""";

	private static final String POLAND_FR = """
			La Pologne remercie le Secrétariat pour la notification 2018/008 et formule les observations suivantes.

			Les organisations non gouvernementales contribuent de manière importante à la mise en œuvre de la CMS et d’EUROBATS en Pologne, en particulier grâce aux programmes de suivi des chauves-souris et des oiseaux menés par des bénévoles, qui alimentent les rapports nationaux. La Pologne estime utile de reconnaître ces contributions de manière plus officielle au sein de la Famille de la CMS.

			Tout mécanisme de communication d’informations par la société civile devrait respecter le rôle des points focaux nationaux\u00a0: les informations communiquées par les ONG sur des activités menées dans un pays devraient être transmises au point focal de ce pays avant d’être examinées par les organes directeurs.

			La Pologne est favorable à des critères d’accréditation clairs et proportionnés, ainsi qu’à un réexamen des dispositions après une période d’essai.""";

	private static final String POLAND_ES = """
			Polonia agradece a la Secretaría la Notificación 2018/008 y formula las siguientes observaciones.

			Las organizaciones no gubernamentales de Polonia contribuyen de manera significativa a la aplicación de la CMS y de EUROBATS, en particular mediante programas de seguimiento de murciélagos y aves llevados a cabo por voluntarios, cuyos datos se incorporan a los informes nacionales. Polonia considera conveniente reconocer estas contribuciones de manera más formal en la Familia de la CMS.

			Todo mecanismo de presentación de informes por parte de la sociedad civil debería respetar la función de los puntos focales nacionales: la información que comuniquen las ONG sobre actividades en un país debería transmitirse al punto focal de ese país antes de que la examinen los órganos rectores.

			Polonia apoya unos criterios de acreditación claros y proporcionados, así como una revisión de las disposiciones tras un período de prueba.""";

	private static final String SPANISH_TRANSLATOR = "lucia.traductora@example.org";

	private final Notifications notifications;

	private final Contributions contributions;

	private final TranslationRequests translations;

	private final Clock clock;

	private final CountryMemberships memberships;

	private final FocalPoints focalPoints;

	private final OrganizationManagement organizations;

	private final AccountManagement accounts;

	DemoNotifications(Notifications notifications, Contributions contributions, TranslationRequests translations,
			CountryMemberships memberships, FocalPoints focalPoints, OrganizationManagement organizations,
			AccountManagement accounts, Clock clock) {
		this.notifications = notifications;
		this.contributions = contributions;
		this.translations = translations;
		this.clock = clock;
		this.memberships = memberships;
		this.focalPoints = focalPoints;
		this.organizations = organizations;
		this.accounts = accounts;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments arguments) {
		AccountView administrator = this.accounts.findByEmail("admin@synergies.example").orElseThrow();
		CurrentUser.of(administrator).runAs(() -> {
			if (this.notifications.published().stream().noneMatch(n -> "2018/008".equals(n.number()))) {
				seed();
			}
			translations();
			return null;
		});
	}

	private void seed() {
		CountryCode poland = CountryCode.of("PL");
		CountryCode australia = CountryCode.of("AU");
		if (this.memberships.of(poland).stream().noneMatch(m -> m.treaty().equals("CMS"))) {
			this.memberships.record(poland, new MembershipDetails("CMS", MembershipStatus.PARTY, null));
		}
		if (this.focalPoints.toWriteTo(poland, "CMS").isEmpty()) {
			this.focalPoints.name(poland,
					new FocalPointDetails("CMS", FocalPointDesignation.PRIMARY, "Marta Nowak",
							"Ministry of the Environment", "Chief Specialist, Nature Conservation",
							"marta.nowak@example.org", "+48 22 000 0601", null));
		}
		if (this.focalPoints.toWriteTo(australia, "CMS").isEmpty()) {
			this.focalPoints.name(australia,
					new FocalPointDetails("CMS", FocalPointDesignation.PRIMARY, "Emily Walker",
							"Department of the Environment and Energy", "Assistant Director, Migratory Species",
							"emily.walker@example.org", "+61 2 0000 0701", null));
		}
		UUID wildMigration = organization("Wild Migration");
		UUID birdLife = organization("BirdLife International");
		UUID oceanCare = organization("OceanCare");
		UUID wcs = organization("Wildlife Conservation Society");
		NotificationView draft = this.notifications.draft(new NotificationDetails("CMS", LocalDate.of(2018, 8, 3),
				LocalDate.of(2018, 9, 3), TITLE_EN, TITLE_FR, TITLE_ES, TEXT_EN, TEXT_FR, TEXT_ES,
				"Send your views and recommendations to the Secretariat by 3 September 2018.",
				"Communiquer vos observations et recommandations au Secrétariat d’ici au 3\u00a0septembre 2018.",
				"Enviar sus observaciones y recomendaciones a la Secretaría a más tardar el 3 de septiembre de 2018.",
				Set.of(AddresseeCategory.PARTIES, AddresseeCategory.OTHER_GOVERNMENTS, AddresseeCategory.CIVIL_SOCIETY),
				List.of(), List.of(), List.of("11.10/para-6")), Map.of());
		NotificationView issued = this.notifications.issue(draft.id(), draft.version(), 8);
		this.contributions.record(issued.id(), new ContributionDetails(AddresseeKind.COUNTRY, "AU", List.of(),
				List.of(), "en", AUSTRALIA, false, ContributionChannel.EMAIL, LocalDate.of(2018, 8, 31), null),
				List.of());
		this.contributions.record(issued.id(), new ContributionDetails(AddresseeKind.COUNTRY, "PL", List.of(),
				List.of(), "en", POLAND, false, ContributionChannel.EMAIL, LocalDate.of(2018, 9, 3), null), List.of());
		this.contributions.record(issued.id(),
				new ContributionDetails(AddresseeKind.ORGANIZATION, wildMigration.toString(), List.of(),
						List.of(birdLife, oceanCare, wcs), "en", WILD_MIGRATION, false, ContributionChannel.EMAIL,
						LocalDate.of(2018, 9, 3), null),
				List.of());
		log.info("Demo data: notification 2018/008 and its three contributions seeded");
	}

	/** The courtesy translations of 2018/008's contributions, once. */
	private void translations() {
		NotificationView notification = this.notifications.require("2018-008");
		List<ContributionView> received = this.contributions.of(notification.id());
		if (received.stream().anyMatch(contribution -> !this.translations.of(contribution.id()).isEmpty())) {
			return;
		}
		AccountView therese = this.accounts.findByEmail("translator@synergies.example").orElseThrow();
		LocalDate inTwoWeeks = LocalDate.now(this.clock).plusDays(14);
		for (ContributionView contribution : received) {
			switch (contribution.sender().name()) {
				case "Poland" -> {
					long french = step(contribution, Language.FR, request(0, therese.id(), null, inTwoWeeks));
					french = step(contribution, Language.FR, TranslationStep.of(TranslationAction.START, french));
					french = step(contribution, Language.FR, submit(french, POLAND_FR));
					step(contribution, Language.FR, TranslationStep.of(TranslationAction.CHECK, french));
					long spanish = step(contribution, Language.ES, request(0, null, SPANISH_TRANSLATOR, inTwoWeeks));
					step(contribution, Language.ES, submit(spanish, POLAND_ES));
				}
				case "Australia" -> step(contribution, Language.FR, request(0, therese.id(), null, inTwoWeeks));
				case "Wild Migration" -> {
					long spanish = step(contribution, Language.ES, request(0, null, SPANISH_TRANSLATOR, inTwoWeeks));
					step(contribution, Language.ES, TranslationStep.of(TranslationAction.START, spanish));
				}
				default -> {
				}
			}
		}
		log.info("Demo data: courtesy translations of the contributions to notification 2018/008 seeded");
	}

	private long step(ContributionView contribution, Language language, TranslationStep step) {
		return this.translations.act(contribution.id(), language, step, null).version();
	}

	private static TranslationStep request(long version, @Nullable UUID account, @Nullable String email,
			LocalDate dueOn) {
		return new TranslationStep(TranslationAction.REQUEST, version, account, email,
				email == null ? null : "Lucía Traductora", dueOn, null);
	}

	private static TranslationStep submit(long version, String text) {
		return new TranslationStep(TranslationAction.SUBMIT, version, null, null, null, null, text);
	}

	private UUID organization(String name) {
		return this.organizations
			.directory(new DirectoryQuery(name, null, null, null, OrganizationStatus.ACTIVE, DirectoryQuery.Sort.NAME,
					0, 20, false))
			.organizations()
			.stream()
			.filter(organization -> organization.officialName().equals(name))
			.map(OrganizationSummary::id)
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("demo organization missing: " + name));
	}

}
