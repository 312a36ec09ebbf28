-- Reference data for civil-society reporting: the 16 targets of the Strategic Plan for
-- Migratory Species 2015–2023 (CMS COP11, Resolution 11.2) and the CMS regions used for
-- the Standing Committee, with every ISO 3166-1 alpha-2 country code placed in one region.
CREATE TABLE strategic_plan_target (
    number   INT           NOT NULL PRIMARY KEY CHECK (number BETWEEN 1 AND 16),
    short_en VARCHAR(120)  NOT NULL,
    short_fr VARCHAR(120)  NOT NULL,
    short_es VARCHAR(120)  NOT NULL,
    text_en  VARCHAR(1000) NOT NULL,
    text_fr  VARCHAR(1000) NOT NULL,
    text_es  VARCHAR(1000) NOT NULL
);

CREATE TABLE cms_region (
    code     VARCHAR(40)  NOT NULL PRIMARY KEY,
    name_en  VARCHAR(100) NOT NULL,
    name_fr  VARCHAR(100) NOT NULL,
    name_es  VARCHAR(100) NOT NULL,
    position INT          NOT NULL
);

CREATE TABLE country_region (
    country CHAR(2)     NOT NULL PRIMARY KEY,
    region  VARCHAR(40) NOT NULL REFERENCES cms_region (code)
);

-- Texts as adopted in English; French and Spanish as published by CMS, except Spanish
-- targets 2, 5, 12 and 16, which are translations made for this platform.
INSERT INTO strategic_plan_target (number, short_en, short_fr, short_es, text_en, text_fr, text_es) VALUES
(1, 'Awareness of the values of migratory species', 'Sensibilisation aux valeurs des espèces migratrices', 'Conciencia de los valores de las especies migratorias',
 'People are aware of the multiple values of migratory species and their habitats and migration systems, and the steps they can take to conserve them and ensure the sustainability of any use.',
 'Les individus sont conscients des multiples valeurs des espèces migratrices et de leurs habitats et systèmes migratoires, ainsi que des mesures qu’ils peuvent prendre pour les conserver et pour assurer la durabilité de toute utilisation.',
 'Las personas tendrán conciencia de los múltiples valores de las especies migratorias, sus hábitats y los sistemas migratorios, y de los pasos que pueden dar para su conservación y asegurar la utilización sostenible.'),
(2, 'Values integrated into development and poverty reduction planning', 'Valeurs intégrées aux stratégies de développement et de réduction de la pauvreté', 'Valores integrados en la planificación del desarrollo y la reducción de la pobreza',
 'Multiple values of migratory species and their habitats have been integrated into international, national and local development and poverty reduction strategies and planning processes, including on livelihoods, and are being incorporated into national accounting, as appropriate, and reporting systems.',
 'Les multiples valeurs des espèces migratrices et de leurs habitats ont été intégrées aux niveaux international, national et local dans les stratégies de développement et de réduction de la pauvreté et dans les processus de planification, y compris des moyens de subsistance, et sont intégrées dans les comptes nationaux, selon qu’il convient, et dans les systèmes de production de rapports.',
 'Los múltiples valores de las especies migratorias y sus hábitats se habrán integrado en las estrategias de desarrollo y de reducción de la pobreza y en los procesos de planificación internacionales, nacionales y locales, incluidos los relativos a los medios de vida, y se estarán incorporando en los sistemas nacionales de contabilidad, según proceda, y de presentación de informes.'),
(3, 'Better governance affecting migratory species', 'Meilleure gouvernance ayant un impact sur les espèces migratrices', 'Mejor gobernanza que afecta a las especies migratorias',
 'National, regional and international governance arrangements and agreements affecting migratory species and their migration systems have improved significantly, making relevant policy, legislative and implementation processes more coherent, accountable, transparent, participatory, equitable and inclusive.',
 'Les dispositions et les accords de gouvernance nationaux, régionaux et internationaux ayant un impact sur les espèces migratrices et leurs systèmes migratoires ont été substantiellement améliorés, de sorte que les processus de politique générale, législatifs et de mise en œuvre pertinents soient plus cohérents, responsables, transparents, participatifs, équitables et inclusifs.',
 'La gobernanza nacional, regional e internacional que afecta a las especies migratorias y sus hábitats habrá mejorado significativamente, haciendo que los procesos políticos, normativos y de implementación pertinentes sean más coherentes, responsables, transparentes, participativos, equitativos e inclusivos.'),
(4, 'Harmful incentives removed, positive incentives applied', 'Incitations néfastes éliminées, incitations positives appliquées', 'Incentivos perjudiciales eliminados, incentivos positivos aplicados',
 'Incentives, including subsidies, harmful to migratory species, and/or their habitats are eliminated, phased out or reformed in order to minimize or avoid negative impacts, and positive incentives for the conservation of migratory species and their habitats are developed and applied, consistent with engagements under the CMS and other relevant international and regional obligations and commitments.',
 'Les incitations, y compris les subventions, néfastes pour les espèces migratrices et/ou leurs habitats sont éliminées, réduites progressivement ou réformées, afin de réduire au minimum ou d’éviter les incidences défavorables ; et des incitations positives en faveur de la conservation des espèces migratrices et de leurs habitats sont élaborées et appliquées, d’une manière compatible avec les engagements au titre de la CMS et les autres obligations et engagements internationaux et régionaux en vigueur.',
 'Se habrán eliminado completamente, eliminado gradualmente o reformado los incentivos, incluidos los subsidios, perjudiciales para las especies migratorias y/o sus hábitats, a fin de reducir al mínimo o evitar los impactos negativos, y se habrán desarrollado y aplicado incentivos positivos para la conservación de las especies migratorias y sus hábitats, de conformidad con los compromisos asumidos en el marco de la CMS y otras obligaciones y compromisos internacionales pertinentes.'),
(5, 'Sustainable production and consumption within safe ecological limits', 'Production et consommation durables dans des limites écologiques sûres', 'Producción y consumo sostenibles dentro de límites ecológicos seguros',
 'Governments, key sectors and stakeholders at all levels have taken steps to achieve or have implemented plans for sustainable production and consumption, keeping the impacts of use of natural resources, including habitats, on migratory species well within safe ecological limits to promote the favourable conservation status of migratory species and maintain the quality, integrity, resilience, and ecological connectivity of their habitats and migration routes.',
 'Les gouvernements, les secteurs clés et les parties prenantes à tous les niveaux ont pris des mesures ou ont mis en œuvre des plans pour une production et une consommation durables, en maintenant les incidences de l’utilisation des ressources naturelles, y compris des habitats, dans des limites écologiques sûres, afin de soutenir un état de conservation favorable des espèces migratrices et de maintenir la qualité, l’intégrité, la résilience et la connectivité écologique de leurs habitats et de leurs voies de migration.',
 'Los gobiernos, los sectores clave y los interesados directos a todos los niveles habrán adoptado medidas para lograr una producción y un consumo sostenibles, o habrán puesto en práctica planes con ese fin, manteniendo el impacto del uso de los recursos naturales, incluidos los hábitats, sobre las especies migratorias holgadamente dentro de límites ecológicos seguros, a fin de promover un estado de conservación favorable de las especies migratorias y mantener la calidad, la integridad, la resiliencia y la conectividad ecológica de sus hábitats y rutas migratorias.'),
(6, 'Fisheries and hunting within safe ecological limits', 'Pêche et chasse dans des limites écologiques sûres', 'Pesca y caza dentro de límites ecológicos seguros',
 'Fisheries and hunting have no significant direct or indirect adverse impacts on migratory species, their habitats or their migration routes, and impacts of fisheries and hunting are within safe ecological limits.',
 'La pêche et la chasse n’ont aucun effet néfaste direct ou indirect important sur les espèces migratrices, leurs habitats ou leurs voies de migration, et les incidences de la pêche et de la chasse restent dans des limites écologiques sûres.',
 'Las actividades pesqueras y de caza no tendrán impactos perjudiciales importantes, directos o indirectos, sobre las especies migratorias, sus hábitats o sus rutas migratorias, y los impactos de la actividad pesquera y de la caza se encuentran dentro de límites ecológicos seguros.'),
(7, 'Human pressures reduced to non-detrimental levels', 'Pressions anthropiques réduites à des niveaux non préjudiciables', 'Presiones antropogénicas reducidas a niveles no perjudiciales',
 'Multiple anthropogenic pressures have been reduced to levels that are not detrimental to the conservation of migratory species or to the functioning, integrity, ecological connectivity and resilience of their habitats.',
 'Les multiples pressions d’origine anthropique ont été réduites à des niveaux non préjudiciables pour la conservation des espèces migratrices ou pour le fonctionnement, l’intégrité, la connectivité écologique et la résilience de leurs habitats.',
 'Las múltiples presiones antropogénicas se habrán llevado a niveles que no resulten perjudiciales para las especies migratorias o para el funcionamiento, la integridad, la conectividad ecológica y la resiliencia de sus hábitats.'),
(8, 'Better conservation status of migratory species', 'Meilleur état de conservation des espèces migratrices', 'Mejor estado de conservación de las especies migratorias',
 'The conservation status of all migratory species, especially threatened species, has considerably improved throughout their range.',
 'L’état de conservation de toutes les espèces migratrices, et plus particulièrement des espèces menacées, s’est considérablement amélioré dans l’ensemble de leurs aires de répartition.',
 'Se habrá mejorado considerablemente el estado de conservación de las especies migratorias, particularmente de especies en peligro, en toda su área de distribución.'),
(9, 'Cooperation across whole migration systems', 'Coopération à l’échelle des systèmes migratoires', 'Cooperación con un enfoque de sistemas migratorios',
 'International and regional action and cooperation between States for the conservation and effective management of migratory species fully reflects a migration systems approach, in which all States sharing responsibility for the species concerned engage in such actions in a concerted way.',
 'L’action et la coopération internationales et régionales entre les États pour assurer la conservation et la gestion efficace des espèces migratrices traduisent pleinement une approche fondée sur les systèmes migratoires, par laquelle tous les États qui partagent une responsabilité pour les espèces concernées entreprennent de telles actions d’une manière concertée.',
 'La acción internacional y regional, y la cooperación entre los Estados para la conservación y la gestión eficaz de las especies migratorias reflejan plenamente un enfoque de sistemas migratorios, en el que todos los Estados que comparten la responsabilidad de la especie en cuestión llevan a cabo este tipo de acciones de manera concertada.'),
(10, 'Critical habitats and sites identified and conserved', 'Habitats et sites essentiels recensés et conservés', 'Hábitats y sitios clave identificados y conservados',
 'All critical habitats and sites for migratory species are identified and included in area-based conservation measures so as to maintain their quality, integrity, resilience and functioning in accordance with the implementation of Aichi Target 11, supported where necessary by environmentally sensitive land-use planning and landscape management on a wider scale.',
 'Tous les habitats et les sites essentiels pour les espèces migratrices sont recensés et font l’objet de mesures de conservation par zone, afin de maintenir leur qualité, intégrité, résilience et fonctionnement, conformément à l’application de l’Objectif 11 d’Aichi, étayées si nécessaire par une planification de l’utilisation des terres et une gestion des paysages respectueuses de l’environnement et à une échelle plus large.',
 'Todos los hábitats y los sitios clave para las especies migratorias han sido identificados y se incluyen en las medidas de conservación basadas en el área a fin de mantener su calidad, integridad, resiliencia y funcionamiento de acuerdo con la implementación de la Meta de Aichi 11, con el apoyo, cuando sea necesario, de una planeación y ordenación del territorio y paisaje respetuosa con el medio ambiente, a una escala más amplia.'),
(11, 'Migratory species providing ecosystem services kept or restored', 'Espèces migratrices fournissant des services écosystémiques maintenues ou restaurées', 'Especies migratorias que prestan servicios ecosistémicos mantenidas o restablecidas',
 'Migratory species and their habitats which provide important ecosystem services are maintained at or restored to favourable conservation status, taking into account the needs of women, indigenous and local communities, and the poor and vulnerable.',
 'Les espèces migratrices et leurs habitats qui fournissent des services écosystémiques importants sont maintenus ou restaurés dans un état de conservation favorable, compte tenu des besoins des femmes, des communautés autochtones et locales, et des populations pauvres et vulnérables.',
 'Se habrán salvaguardado o restablecido a un estado de conservación favorable las especies migratorias y sus hábitats que aseguran servicios de los ecosistemas importantes, tomando en cuenta las necesidades de las mujeres, las comunidades indígenas y locales, y los pobres y vulnerables.'),
(12, 'Genetic diversity of wild populations safeguarded', 'Diversité génétique des populations sauvages sauvegardée', 'Diversidad genética de las poblaciones silvestres salvaguardada',
 'The genetic diversity of wild populations of migratory species is safeguarded, and strategies have been developed and implemented for minimizing genetic erosion.',
 'La diversité génétique des populations sauvages d’espèces migratrices est sauvegardée, et des stratégies ont été élaborées et mises en œuvre pour réduire au minimum l’érosion génétique.',
 'Se habrá salvaguardado la diversidad genética de las poblaciones silvestres de especies migratorias, y se habrán elaborado y puesto en práctica estrategias para reducir al mínimo la erosión genética.'),
(13, 'Migratory species in national biodiversity strategies and action plans', 'Espèces migratrices dans les stratégies et plans d’action nationaux pour la biodiversité', 'Especies migratorias en las estrategias y planes de acción nacionales sobre biodiversidad',
 'Priorities for effective conservation and management of migratory species, their habitats and migration systems have been included in the development and implementation of national biodiversity strategies and action plans, with reference where relevant to CMS agreements and action plans and their implementation bodies.',
 'Des priorités pour une conservation et une gestion efficaces des espèces migratrices, de leurs habitats et des systèmes migratoires sont incluses dans l’élaboration et la mise en œuvre des stratégies et plans d’action nationaux pour la biodiversité en faisant référence, le cas échéant, aux accords et plans d’action de la CMS et à leurs organes d’exécution.',
 'Las prioridades para una gestión y conservación eficaz de las especies migratorias se habrán incluido en la elaboración e implementación de las estrategias y planes de acción nacionales en materia de biodiversidad, cuando proceda, haciendo referencia a los acuerdos y planes de acción de la CMS y sus órganos de implementación regional.'),
(14, 'Traditional knowledge of indigenous and local communities respected', 'Connaissances traditionnelles des communautés autochtones et locales respectées', 'Conocimientos tradicionales de las comunidades indígenas y locales respetados',
 'The traditional knowledge, innovations and practices of indigenous and local communities relevant for the conservation and sustainable use of migratory species, their habitats and migration systems, and their customary sustainable use of biological resources, are respected, subject to national legislation and relevant international obligations, with the full and effective participation of indigenous and local communities, thereby contributing to the favourable conservation status of migratory species and the ecological connectivity and resilience of their habitats.',
 'Les connaissances, innovations et pratiques traditionnelles des communautés autochtones et locales qui présentent un intérêt pour la conservation et l’utilisation durable des espèces migratrices et de leurs habitats et systèmes migratoires, ainsi que leur utilisation coutumière durable des ressources biologiques, sont respectées, sous réserve des dispositions de la législation nationale et des obligations internationales en vigueur, avec la participation pleine et entière des communautés autochtones et locales, contribuant ainsi à un état de conservation favorable des espèces migratrices et au maintien de la connectivité écologique et de la résilience de leurs habitats.',
 'Se respetan los conocimientos, las innovaciones y las prácticas tradicionales de las comunidades indígenas y locales pertinentes para la conservación y la utilización sostenible de la diversidad biológica, y su uso consuetudinario de los recursos biológicos, de conformidad con la legislación nacional y las obligaciones internacionales pertinentes, con la participación plena y efectiva de las comunidades indígenas y locales, contribuyendo así al estado de conservación favorable de las especies migratorias y la conectividad ecológica y la resiliencia de sus hábitats.'),
(15, 'Science, knowledge and technologies improved and shared', 'Science, connaissances et technologies améliorées et partagées', 'Ciencia, conocimientos y tecnologías mejorados y compartidos',
 'The science base, information, training, awareness, understanding and technologies relating to migratory species, their habitats and migration systems, their value, functioning, status and trends, and the consequences of their loss, are improved, widely shared and transferred, and effectively applied.',
 'Les bases scientifiques, l’information, la formation, la sensibilisation, la compréhension et les technologies concernant les espèces migratrices, leurs habitats et systèmes migratoires, leurs valeurs, leur fonctionnement, leur état et leurs tendances, ainsi que les conséquences de leur appauvrissement, sont améliorées, largement partagées et transférées, et efficacement appliquées.',
 'Se habrán mejorado la base científica, la información, la sensibilización, la comprensión y las tecnologías relativas a las especies migratorias y sus hábitats, su valor y funcionamiento, su estado y tendencias y las consecuencias de su pérdida, y tales mejoras se habrán compartido, transferido y aplicado ampliamente.'),
(16, 'Resource mobilization substantially increased', 'Mobilisation des ressources sensiblement accrue', 'Movilización de recursos sustancialmente aumentada',
 'The mobilization of adequate resources from all sources to implement the Strategic Plan for Migratory Species effectively has increased substantially.',
 'La mobilisation de ressources adéquates de toutes provenances, destinées à une mise en œuvre effective du Plan stratégique pour les espèces migratrices, a effectivement augmenté sensiblement.',
 'Se habrá incrementado sustancialmente la movilización de recursos adecuados, procedentes de todas las fuentes, para implementar eficazmente el Plan Estratégico para las Especies Migratorias.');

INSERT INTO cms_region (code, name_en, name_fr, name_es, position) VALUES
('AFRICA', 'Africa', 'Afrique', 'África', 1),
('ASIA', 'Asia', 'Asie', 'Asia', 2),
('CENTRAL_SOUTH_AMERICA_CARIBBEAN', 'Central and South America and the Caribbean', 'Amérique centrale, du Sud et Caraïbes', 'América Central, del Sur y el Caribe', 3),
('EUROPE', 'Europe', 'Europe', 'Europa', 4),
('NORTH_AMERICA', 'North America', 'Amérique du Nord', 'América del Norte', 5),
('OCEANIA', 'Oceania', 'Océanie', 'Oceanía', 6);

-- Every code java.util.Locale.getISOCountries() returns, placed by the UN M49 geoscheme
-- (the sub-region is named above each group). Following M49, Cyprus, Türkiye, Georgia,
-- Armenia, Azerbaijan, Israel and Kazakhstan are in Asia, and Russia in Europe. M49 places
-- the British Indian Ocean Territory (IO) and the French Southern Territories (TF) in
-- Eastern Africa, Bouvet Island (BV) and South Georgia and the South Sandwich Islands (GS)
-- in South America, Heard and McDonald Islands (HM) in Australia and New Zealand, and the
-- United States Minor Outlying Islands (UM) in Micronesia. Taiwan (TW), which M49 does not
-- list separately, is with Eastern Asia.

-- Northern Africa
INSERT INTO country_region (country, region) VALUES
('DZ', 'AFRICA'),
('EG', 'AFRICA'),
('EH', 'AFRICA'),
('LY', 'AFRICA'),
('MA', 'AFRICA'),
('SD', 'AFRICA'),
('TN', 'AFRICA');

-- Eastern Africa
INSERT INTO country_region (country, region) VALUES
('BI', 'AFRICA'),
('DJ', 'AFRICA'),
('ER', 'AFRICA'),
('ET', 'AFRICA'),
('IO', 'AFRICA'),
('KE', 'AFRICA'),
('KM', 'AFRICA'),
('MG', 'AFRICA'),
('MU', 'AFRICA'),
('MW', 'AFRICA'),
('MZ', 'AFRICA'),
('RE', 'AFRICA'),
('RW', 'AFRICA'),
('SC', 'AFRICA'),
('SO', 'AFRICA'),
('SS', 'AFRICA'),
('TF', 'AFRICA'),
('TZ', 'AFRICA'),
('UG', 'AFRICA'),
('YT', 'AFRICA'),
('ZM', 'AFRICA'),
('ZW', 'AFRICA');

-- Middle Africa
INSERT INTO country_region (country, region) VALUES
('AO', 'AFRICA'),
('CD', 'AFRICA'),
('CF', 'AFRICA'),
('CG', 'AFRICA'),
('CM', 'AFRICA'),
('GA', 'AFRICA'),
('GQ', 'AFRICA'),
('ST', 'AFRICA'),
('TD', 'AFRICA');

-- Southern Africa
INSERT INTO country_region (country, region) VALUES
('BW', 'AFRICA'),
('LS', 'AFRICA'),
('NA', 'AFRICA'),
('SZ', 'AFRICA'),
('ZA', 'AFRICA');

-- Western Africa
INSERT INTO country_region (country, region) VALUES
('BF', 'AFRICA'),
('BJ', 'AFRICA'),
('CI', 'AFRICA'),
('CV', 'AFRICA'),
('GH', 'AFRICA'),
('GM', 'AFRICA'),
('GN', 'AFRICA'),
('GW', 'AFRICA'),
('LR', 'AFRICA'),
('ML', 'AFRICA'),
('MR', 'AFRICA'),
('NE', 'AFRICA'),
('NG', 'AFRICA'),
('SH', 'AFRICA'),
('SL', 'AFRICA'),
('SN', 'AFRICA'),
('TG', 'AFRICA');

-- Central Asia
INSERT INTO country_region (country, region) VALUES
('KG', 'ASIA'),
('KZ', 'ASIA'),
('TJ', 'ASIA'),
('TM', 'ASIA'),
('UZ', 'ASIA');

-- Eastern Asia
INSERT INTO country_region (country, region) VALUES
('CN', 'ASIA'),
('HK', 'ASIA'),
('JP', 'ASIA'),
('KP', 'ASIA'),
('KR', 'ASIA'),
('MN', 'ASIA'),
('MO', 'ASIA'),
('TW', 'ASIA');

-- South-eastern Asia
INSERT INTO country_region (country, region) VALUES
('BN', 'ASIA'),
('ID', 'ASIA'),
('KH', 'ASIA'),
('LA', 'ASIA'),
('MM', 'ASIA'),
('MY', 'ASIA'),
('PH', 'ASIA'),
('SG', 'ASIA'),
('TH', 'ASIA'),
('TL', 'ASIA'),
('VN', 'ASIA');

-- Southern Asia
INSERT INTO country_region (country, region) VALUES
('AF', 'ASIA'),
('BD', 'ASIA'),
('BT', 'ASIA'),
('IN', 'ASIA'),
('IR', 'ASIA'),
('LK', 'ASIA'),
('MV', 'ASIA'),
('NP', 'ASIA'),
('PK', 'ASIA');

-- Western Asia
INSERT INTO country_region (country, region) VALUES
('AE', 'ASIA'),
('AM', 'ASIA'),
('AZ', 'ASIA'),
('BH', 'ASIA'),
('CY', 'ASIA'),
('GE', 'ASIA'),
('IL', 'ASIA'),
('IQ', 'ASIA'),
('JO', 'ASIA'),
('KW', 'ASIA'),
('LB', 'ASIA'),
('OM', 'ASIA'),
('PS', 'ASIA'),
('QA', 'ASIA'),
('SA', 'ASIA'),
('SY', 'ASIA'),
('TR', 'ASIA'),
('YE', 'ASIA');

-- Caribbean
INSERT INTO country_region (country, region) VALUES
('AG', 'CENTRAL_SOUTH_AMERICA_CARIBBEAN'),
('AI', 'CENTRAL_SOUTH_AMERICA_CARIBBEAN'),
('AW', 'CENTRAL_SOUTH_AMERICA_CARIBBEAN'),
('BB', 'CENTRAL_SOUTH_AMERICA_CARIBBEAN'),
('BL', 'CENTRAL_SOUTH_AMERICA_CARIBBEAN'),
('BQ', 'CENTRAL_SOUTH_AMERICA_CARIBBEAN'),
('BS', 'CENTRAL_SOUTH_AMERICA_CARIBBEAN'),
('CU', 'CENTRAL_SOUTH_AMERICA_CARIBBEAN'),
('CW', 'CENTRAL_SOUTH_AMERICA_CARIBBEAN'),
('DM', 'CENTRAL_SOUTH_AMERICA_CARIBBEAN'),
('DO', 'CENTRAL_SOUTH_AMERICA_CARIBBEAN'),
('GD', 'CENTRAL_SOUTH_AMERICA_CARIBBEAN'),
('GP', 'CENTRAL_SOUTH_AMERICA_CARIBBEAN'),
('HT', 'CENTRAL_SOUTH_AMERICA_CARIBBEAN'),
('JM', 'CENTRAL_SOUTH_AMERICA_CARIBBEAN'),
('KN', 'CENTRAL_SOUTH_AMERICA_CARIBBEAN'),
('KY', 'CENTRAL_SOUTH_AMERICA_CARIBBEAN'),
('LC', 'CENTRAL_SOUTH_AMERICA_CARIBBEAN'),
('MF', 'CENTRAL_SOUTH_AMERICA_CARIBBEAN'),
('MQ', 'CENTRAL_SOUTH_AMERICA_CARIBBEAN'),
('MS', 'CENTRAL_SOUTH_AMERICA_CARIBBEAN'),
('PR', 'CENTRAL_SOUTH_AMERICA_CARIBBEAN'),
('SX', 'CENTRAL_SOUTH_AMERICA_CARIBBEAN'),
('TC', 'CENTRAL_SOUTH_AMERICA_CARIBBEAN'),
('TT', 'CENTRAL_SOUTH_AMERICA_CARIBBEAN'),
('VC', 'CENTRAL_SOUTH_AMERICA_CARIBBEAN'),
('VG', 'CENTRAL_SOUTH_AMERICA_CARIBBEAN'),
('VI', 'CENTRAL_SOUTH_AMERICA_CARIBBEAN');

-- Central America
INSERT INTO country_region (country, region) VALUES
('BZ', 'CENTRAL_SOUTH_AMERICA_CARIBBEAN'),
('CR', 'CENTRAL_SOUTH_AMERICA_CARIBBEAN'),
('GT', 'CENTRAL_SOUTH_AMERICA_CARIBBEAN'),
('HN', 'CENTRAL_SOUTH_AMERICA_CARIBBEAN'),
('MX', 'CENTRAL_SOUTH_AMERICA_CARIBBEAN'),
('NI', 'CENTRAL_SOUTH_AMERICA_CARIBBEAN'),
('PA', 'CENTRAL_SOUTH_AMERICA_CARIBBEAN'),
('SV', 'CENTRAL_SOUTH_AMERICA_CARIBBEAN');

-- South America
INSERT INTO country_region (country, region) VALUES
('AR', 'CENTRAL_SOUTH_AMERICA_CARIBBEAN'),
('BO', 'CENTRAL_SOUTH_AMERICA_CARIBBEAN'),
('BR', 'CENTRAL_SOUTH_AMERICA_CARIBBEAN'),
('BV', 'CENTRAL_SOUTH_AMERICA_CARIBBEAN'),
('CL', 'CENTRAL_SOUTH_AMERICA_CARIBBEAN'),
('CO', 'CENTRAL_SOUTH_AMERICA_CARIBBEAN'),
('EC', 'CENTRAL_SOUTH_AMERICA_CARIBBEAN'),
('FK', 'CENTRAL_SOUTH_AMERICA_CARIBBEAN'),
('GF', 'CENTRAL_SOUTH_AMERICA_CARIBBEAN'),
('GS', 'CENTRAL_SOUTH_AMERICA_CARIBBEAN'),
('GY', 'CENTRAL_SOUTH_AMERICA_CARIBBEAN'),
('PE', 'CENTRAL_SOUTH_AMERICA_CARIBBEAN'),
('PY', 'CENTRAL_SOUTH_AMERICA_CARIBBEAN'),
('SR', 'CENTRAL_SOUTH_AMERICA_CARIBBEAN'),
('UY', 'CENTRAL_SOUTH_AMERICA_CARIBBEAN'),
('VE', 'CENTRAL_SOUTH_AMERICA_CARIBBEAN');

-- Eastern Europe
INSERT INTO country_region (country, region) VALUES
('BG', 'EUROPE'),
('BY', 'EUROPE'),
('CZ', 'EUROPE'),
('HU', 'EUROPE'),
('MD', 'EUROPE'),
('PL', 'EUROPE'),
('RO', 'EUROPE'),
('RU', 'EUROPE'),
('SK', 'EUROPE'),
('UA', 'EUROPE');

-- Northern Europe
INSERT INTO country_region (country, region) VALUES
('AX', 'EUROPE'),
('DK', 'EUROPE'),
('EE', 'EUROPE'),
('FI', 'EUROPE'),
('FO', 'EUROPE'),
('GB', 'EUROPE'),
('GG', 'EUROPE'),
('IE', 'EUROPE'),
('IM', 'EUROPE'),
('IS', 'EUROPE'),
('JE', 'EUROPE'),
('LT', 'EUROPE'),
('LV', 'EUROPE'),
('NO', 'EUROPE'),
('SE', 'EUROPE'),
('SJ', 'EUROPE');

-- Southern Europe
INSERT INTO country_region (country, region) VALUES
('AD', 'EUROPE'),
('AL', 'EUROPE'),
('BA', 'EUROPE'),
('ES', 'EUROPE'),
('GI', 'EUROPE'),
('GR', 'EUROPE'),
('HR', 'EUROPE'),
('IT', 'EUROPE'),
('ME', 'EUROPE'),
('MK', 'EUROPE'),
('MT', 'EUROPE'),
('PT', 'EUROPE'),
('RS', 'EUROPE'),
('SI', 'EUROPE'),
('SM', 'EUROPE'),
('VA', 'EUROPE');

-- Western Europe
INSERT INTO country_region (country, region) VALUES
('AT', 'EUROPE'),
('BE', 'EUROPE'),
('CH', 'EUROPE'),
('DE', 'EUROPE'),
('FR', 'EUROPE'),
('LI', 'EUROPE'),
('LU', 'EUROPE'),
('MC', 'EUROPE'),
('NL', 'EUROPE');

-- Northern America
INSERT INTO country_region (country, region) VALUES
('BM', 'NORTH_AMERICA'),
('CA', 'NORTH_AMERICA'),
('GL', 'NORTH_AMERICA'),
('PM', 'NORTH_AMERICA'),
('US', 'NORTH_AMERICA');

-- Australia and New Zealand
INSERT INTO country_region (country, region) VALUES
('AU', 'OCEANIA'),
('CC', 'OCEANIA'),
('CX', 'OCEANIA'),
('HM', 'OCEANIA'),
('NF', 'OCEANIA'),
('NZ', 'OCEANIA');

-- Melanesia
INSERT INTO country_region (country, region) VALUES
('FJ', 'OCEANIA'),
('NC', 'OCEANIA'),
('PG', 'OCEANIA'),
('SB', 'OCEANIA'),
('VU', 'OCEANIA');

-- Micronesia
INSERT INTO country_region (country, region) VALUES
('FM', 'OCEANIA'),
('GU', 'OCEANIA'),
('KI', 'OCEANIA'),
('MH', 'OCEANIA'),
('MP', 'OCEANIA'),
('NR', 'OCEANIA'),
('PW', 'OCEANIA'),
('UM', 'OCEANIA');

-- Polynesia
INSERT INTO country_region (country, region) VALUES
('AS', 'OCEANIA'),
('CK', 'OCEANIA'),
('NU', 'OCEANIA'),
('PF', 'OCEANIA'),
('PN', 'OCEANIA'),
('TK', 'OCEANIA'),
('TO', 'OCEANIA'),
('TV', 'OCEANIA'),
('WF', 'OCEANIA'),
('WS', 'OCEANIA');

-- Antarctica (AQ): M49 gives it no region. Placed by judgment with Central and South
-- America and the Caribbean, the nearest continent, as M49 does for BV and GS nearby.
INSERT INTO country_region (country, region) VALUES
('AQ', 'CENTRAL_SOUTH_AMERICA_CARIBBEAN');
