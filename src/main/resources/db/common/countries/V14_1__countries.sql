-- Countries and the treaties they belong to, and their national focal points. A treaty
-- is an instrument of the CMS Family (cms_instrument) or one of the other conventions a
-- country works with (other_convention). No CHECK on the enumerated columns: the
-- aggregates guard them (and H2 2.4 mishandles such checks).
CREATE TABLE other_convention (
    code     VARCHAR(40)  NOT NULL PRIMARY KEY,
    acronym  VARCHAR(60)  NOT NULL,
    name_en  VARCHAR(300) NOT NULL,
    name_fr  VARCHAR(300) NOT NULL,
    name_es  VARCHAR(300) NOT NULL,
    position INT          NOT NULL
);

INSERT INTO other_convention (code, acronym, name_en, name_fr, name_es, position) VALUES
('CITES', 'CITES', 'Convention on International Trade in Endangered Species of Wild Fauna and Flora', 'Convention sur le commerce international des espèces de faune et de flore sauvages menacées d’extinction', 'Convención sobre el Comercio Internacional de Especies Amenazadas de Fauna y Flora Silvestres', 1),
('RAMSAR', 'Ramsar', 'Convention on Wetlands (Ramsar, Iran, 1971)', 'Convention sur les zones humides (Ramsar, Iran, 1971)', 'Convención sobre los Humedales (Ramsar, Irán, 1971)', 2),
('CBD', 'CBD', 'Convention on Biological Diversity', 'Convention sur la diversité biologique', 'Convenio sobre la Diversidad Biológica', 3),
('IWC', 'IWC', 'International Convention for the Regulation of Whaling', 'Convention internationale pour la réglementation de la chasse à la baleine', 'Convención Internacional para la Regulación de la Caza de Ballenas', 4),
('WHC', 'World Heritage', 'Convention concerning the Protection of the World Cultural and Natural Heritage', 'Convention concernant la protection du patrimoine mondial, culturel et naturel', 'Convención sobre la Protección del Patrimonio Mundial, Cultural y Natural', 5),
('BERN', 'Bern Convention', 'Convention on the Conservation of European Wildlife and Natural Habitats', 'Convention relative à la conservation de la vie sauvage et du milieu naturel de l’Europe', 'Convenio relativo a la Conservación de la Vida Silvestre y del Medio Natural de Europa', 6),
('UNCCD', 'UNCCD', 'United Nations Convention to Combat Desertification', 'Convention des Nations Unies sur la lutte contre la désertification', 'Convención de las Naciones Unidas de Lucha contra la Desertificación', 7);

CREATE TABLE country_membership (
    id         UUID                     NOT NULL PRIMARY KEY,
    country    VARCHAR(2)               NOT NULL,
    treaty     VARCHAR(40)              NOT NULL,
    status     VARCHAR(12)              NOT NULL,
    since      DATE,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL,
    version    BIGINT                   NOT NULL,
    CONSTRAINT country_membership_once UNIQUE (country, treaty)
);

CREATE INDEX country_membership_treaty ON country_membership (treaty);

CREATE TABLE national_focal_point (
    id          UUID                     NOT NULL PRIMARY KEY,
    country     VARCHAR(2)               NOT NULL,
    treaty      VARCHAR(40)              NOT NULL,
    designation VARCHAR(12)              NOT NULL,
    name        VARCHAR(200)             NOT NULL,
    institution VARCHAR(300),
    position    VARCHAR(200),
    email       VARCHAR(254),
    phone       VARCHAR(50),
    account_id  UUID REFERENCES account (id),
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    version     BIGINT                   NOT NULL
);

CREATE INDEX national_focal_point_country ON national_focal_point (country, treaty);

CREATE TABLE country_import (
    id         UUID                     NOT NULL PRIMARY KEY,
    kind       VARCHAR(20)              NOT NULL,
    created_by UUID,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    file_name  VARCHAR(300)             NOT NULL,
    rows_json  TEXT                     NOT NULL,
    status     VARCHAR(10)              NOT NULL
);
