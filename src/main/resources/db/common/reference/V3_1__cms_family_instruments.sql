-- Reference data: the instruments of the CMS Family and the species groups they cover.
CREATE TABLE cms_instrument (
    code     VARCHAR(40)  NOT NULL PRIMARY KEY,
    kind     VARCHAR(12)  NOT NULL CHECK (kind IN ('CONVENTION', 'AGREEMENT', 'MOU')),
    acronym  VARCHAR(60)  NOT NULL,
    name_en  VARCHAR(300) NOT NULL,
    name_fr  VARCHAR(300) NOT NULL,
    name_es  VARCHAR(300) NOT NULL,
    position INT          NOT NULL
);

CREATE TABLE species_group (
    code     VARCHAR(40)  NOT NULL PRIMARY KEY,
    name_en  VARCHAR(100) NOT NULL,
    name_fr  VARCHAR(100) NOT NULL,
    name_es  VARCHAR(100) NOT NULL,
    position INT          NOT NULL
);

INSERT INTO cms_instrument (code, kind, acronym, name_en, name_fr, name_es, position) VALUES
('CMS', 'CONVENTION', 'CMS', 'Convention on the Conservation of Migratory Species of Wild Animals', 'Convention sur la conservation des espèces migratrices appartenant à la faune sauvage', 'Convención sobre la Conservación de las Especies Migratorias de Animales Silvestres', 1),
('AEWA', 'AGREEMENT', 'AEWA', 'Agreement on the Conservation of African-Eurasian Migratory Waterbirds', 'Accord sur la conservation des oiseaux d’eau migrateurs d’Afrique-Eurasie', 'Acuerdo sobre la Conservación de las Aves Acuáticas Migratorias Afroeuroasiáticas', 2),
('EUROBATS', 'AGREEMENT', 'EUROBATS', 'Agreement on the Conservation of Populations of European Bats', 'Accord relatif à la conservation des populations de chauves-souris d’Europe', 'Acuerdo sobre la Conservación de las Poblaciones de Murciélagos Europeos', 3),
('ASCOBANS', 'AGREEMENT', 'ASCOBANS', 'Agreement on the Conservation of Small Cetaceans of the Baltic, North East Atlantic, Irish and North Seas', 'Accord sur la conservation des petits cétacés de la mer Baltique, du nord-est de l’Atlantique et des mers d’Irlande et du Nord', 'Acuerdo sobre la Conservación de los Pequeños Cetáceos del Mar Báltico, el Atlántico Nordeste y los Mares de Irlanda y del Norte', 4),
('ACCOBAMS', 'AGREEMENT', 'ACCOBAMS', 'Agreement on the Conservation of Cetaceans of the Black Sea, Mediterranean Sea and contiguous Atlantic Area', 'Accord sur la conservation des cétacés de la mer Noire, de la Méditerranée et de la zone Atlantique adjacente', 'Acuerdo sobre la Conservación de los Cetáceos del Mar Negro, el Mar Mediterráneo y la Zona Atlántica Contigua', 5),
('WADDEN_SEA_SEALS', 'AGREEMENT', 'Wadden Sea Seals', 'Agreement on the Conservation of Seals in the Wadden Sea', 'Accord relatif à la conservation des phoques de la mer des Wadden', 'Acuerdo sobre la Conservación de las Focas del Mar de Wadden', 6),
('GORILLA', 'AGREEMENT', 'Gorilla Agreement', 'Agreement on the Conservation of Gorillas and Their Habitats', 'Accord sur la conservation des gorilles et de leurs habitats', 'Acuerdo sobre la Conservación de los Gorilas y sus Hábitats', 7),
('ACAP', 'AGREEMENT', 'ACAP', 'Agreement on the Conservation of Albatrosses and Petrels', 'Accord sur la conservation des albatros et des pétrels', 'Acuerdo sobre la Conservación de Albatros y Petreles', 8),
('SIBERIAN_CRANE', 'MOU', 'Siberian Crane MOU', 'Memorandum of Understanding concerning Conservation Measures for the Siberian Crane', 'Mémorandum d’accord sur les mesures de conservation en faveur de la grue de Sibérie', 'Memorando de Entendimiento sobre medidas de conservación para la grulla siberiana', 9),
('SLENDER_BILLED_CURLEW', 'MOU', 'Slender-billed Curlew MOU', 'Memorandum of Understanding concerning Conservation Measures for the Slender-billed Curlew', 'Mémorandum d’accord sur les mesures de conservation en faveur du courlis à bec grêle', 'Memorando de Entendimiento sobre medidas de conservación para el zarapito de pico fino', 10),
('ATLANTIC_TURTLES', 'MOU', 'Atlantic Turtles MOU', 'Memorandum of Understanding concerning Conservation Measures for Marine Turtles of the Atlantic Coast of Africa', 'Mémorandum d’accord sur les mesures de conservation des tortues marines de la côte atlantique de l’Afrique', 'Memorando de Entendimiento sobre medidas de conservación para las tortugas marinas de la costa atlántica de África', 11),
('IOSEA', 'MOU', 'IOSEA Marine Turtles MOU', 'Memorandum of Understanding on the Conservation and Management of Marine Turtles and their Habitats of the Indian Ocean and South-East Asia', 'Mémorandum d’accord sur la conservation et la gestion des tortues marines et de leurs habitats de l’océan Indien et de l’Asie du Sud-Est', 'Memorando de Entendimiento sobre la conservación y gestión de las tortugas marinas y sus hábitats del océano Índico y el Sudeste Asiático', 12),
('GREAT_BUSTARD', 'MOU', 'Great Bustard MOU', 'Memorandum of Understanding on the Conservation and Management of the Middle-European Population of the Great Bustard', 'Mémorandum d’accord sur la conservation et la gestion de la population d’Europe centrale de la grande outarde', 'Memorando de Entendimiento sobre la conservación y gestión de la población centroeuropea de la avutarda común', 13),
('BUKHARA_DEER', 'MOU', 'Bukhara Deer MOU', 'Memorandum of Understanding concerning Conservation and Restoration of the Bukhara Deer', 'Mémorandum d’accord sur la conservation et la restauration du cerf de Bactriane', 'Memorando de Entendimiento sobre la conservación y restauración del ciervo de Bujará', 14),
('AQUATIC_WARBLER', 'MOU', 'Aquatic Warbler MOU', 'Memorandum of Understanding concerning Conservation Measures for the Aquatic Warbler', 'Mémorandum d’accord sur les mesures de conservation en faveur du phragmite aquatique', 'Memorando de Entendimiento sobre medidas de conservación para el carricerín cejudo', 15),
('WEST_AFRICAN_ELEPHANTS', 'MOU', 'West African Elephants MOU', 'Memorandum of Understanding concerning Conservation Measures for the West African Populations of the African Elephant', 'Mémorandum d’accord sur les mesures de conservation des populations d’Afrique de l’Ouest de l’éléphant d’Afrique', 'Memorando de Entendimiento sobre medidas de conservación para las poblaciones de África Occidental del elefante africano', 16),
('SAIGA', 'MOU', 'Saiga Antelope MOU', 'Memorandum of Understanding concerning Conservation, Restoration and Sustainable Use of the Saiga Antelope', 'Mémorandum d’accord sur la conservation, la restauration et l’utilisation durable de l’antilope saïga', 'Memorando de Entendimiento sobre la conservación, restauración y uso sostenible del antílope saiga', 17),
('PACIFIC_CETACEANS', 'MOU', 'Pacific Islands Cetaceans MOU', 'Memorandum of Understanding for the Conservation of Cetaceans and their Habitats in the Pacific Islands Region', 'Mémorandum d’accord pour la conservation des cétacés et de leurs habitats dans la région des îles du Pacifique', 'Memorando de Entendimiento para la conservación de los cetáceos y sus hábitats en la región de las islas del Pacífico', 18),
('GRASSLAND_BIRDS', 'MOU', 'Grassland Birds MOU', 'Memorandum of Understanding on the Conservation of Southern South American Migratory Grassland Bird Species and their Habitats', 'Mémorandum d’accord sur la conservation des espèces d’oiseaux migrateurs des prairies du sud de l’Amérique du Sud et de leurs habitats', 'Memorando de Entendimiento sobre la conservación de las especies de aves migratorias de pastizales del sur de Sudamérica y sus hábitats', 19),
('RUDDY_HEADED_GOOSE', 'MOU', 'Ruddy-headed Goose MOU', 'Memorandum of Understanding on the Conservation of the Ruddy-headed Goose', 'Mémorandum d’accord sur la conservation de l’ouette à tête rousse', 'Memorando de Entendimiento sobre la conservación del cauquén colorado', 20),
('HIGH_ANDEAN_FLAMINGOS', 'MOU', 'High Andean Flamingos MOU', 'Memorandum of Understanding on the Conservation of High Andean Flamingos and their Habitats', 'Mémorandum d’accord sur la conservation des flamants des hautes Andes et de leurs habitats', 'Memorando de Entendimiento sobre la conservación de los flamencos altoandinos y sus hábitats', 21),
('HUEMUL', 'MOU', 'Southern Huemul MOU', 'Memorandum of Understanding on the Conservation of the Southern Huemul', 'Mémorandum d’accord sur la conservation du huemul du sud', 'Memorando de Entendimiento sobre la conservación del huemul', 22),
('DUGONG', 'MOU', 'Dugong MOU', 'Memorandum of Understanding on the Conservation and Management of Dugongs and their Habitats throughout their Range', 'Mémorandum d’accord sur la conservation et la gestion des dugongs et de leurs habitats dans l’ensemble de leur aire de répartition', 'Memorando de Entendimiento sobre la conservación y gestión de los dugongos y sus hábitats en toda su área de distribución', 23),
('MONK_SEAL', 'MOU', 'Atlantic Monk Seal MOU', 'Memorandum of Understanding concerning Conservation Measures for the Eastern Atlantic Populations of the Mediterranean Monk Seal', 'Mémorandum d’accord sur les mesures de conservation des populations de l’Atlantique oriental du phoque moine de Méditerranée', 'Memorando de Entendimiento sobre medidas de conservación para las poblaciones del Atlántico oriental de la foca monje del Mediterráneo', 24),
('WEST_AFRICAN_AQUATIC_MAMMALS', 'MOU', 'Western African Aquatic Mammals MOU', 'Memorandum of Understanding concerning the Conservation of the Manatee and Small Cetaceans of Western Africa and Macaronesia', 'Mémorandum d’accord sur la conservation du lamantin et des petits cétacés d’Afrique de l’Ouest et de Macaronésie', 'Memorando de Entendimiento sobre la conservación del manatí y los pequeños cetáceos de África Occidental y Macaronesia', 25),
('RAPTORS', 'MOU', 'Raptors MOU', 'Memorandum of Understanding on the Conservation of Migratory Birds of Prey in Africa and Eurasia', 'Mémorandum d’accord sur la conservation des oiseaux de proie migrateurs d’Afrique et d’Eurasie', 'Memorando de Entendimiento sobre la conservación de las aves rapaces migratorias de África y Eurasia', 26),
('SHARKS', 'MOU', 'Sharks MOU', 'Memorandum of Understanding on the Conservation of Migratory Sharks', 'Mémorandum d’accord sur la conservation des requins migrateurs', 'Memorando de Entendimiento sobre la conservación de los tiburones migratorios', 27);

INSERT INTO species_group (code, name_en, name_fr, name_es, position) VALUES
('AQUATIC_MAMMALS', 'Aquatic mammals', 'Mammifères aquatiques', 'Mamíferos acuáticos', 1),
('BIRDS', 'Birds', 'Oiseaux', 'Aves', 2),
('BATS', 'Bats', 'Chauves-souris', 'Murciélagos', 3),
('TERRESTRIAL_MAMMALS', 'Terrestrial mammals', 'Mammifères terrestres', 'Mamíferos terrestres', 4),
('MARINE_TURTLES', 'Marine turtles', 'Tortues marines', 'Tortugas marinas', 5),
('SHARKS_AND_RAYS', 'Sharks and rays', 'Requins et raies', 'Tiburones y rayas', 6),
('OTHER_FISH', 'Other fish', 'Autres poissons', 'Otros peces', 7),
('INSECTS', 'Insects', 'Insectes', 'Insectos', 8);
