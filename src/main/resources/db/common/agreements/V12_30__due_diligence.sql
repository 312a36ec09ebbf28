-- Due diligence on private-sector partners under the CMS Code of Conduct for partnerships
-- with the private sector (UNEP/CMS/COP13/Doc.18, operative para. 8). The checklist is
-- versioned data: a review keeps the version it was made against. No CHECK on the
-- enumerated columns: the aggregate guards them (and H2 2.4 mishandles such checks).
CREATE TABLE due_diligence_checklist (
    id          UUID                     NOT NULL PRIMARY KEY,
    number      INT                      NOT NULL UNIQUE,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE due_diligence_item (
    checklist_id UUID          NOT NULL REFERENCES due_diligence_checklist (id) ON DELETE CASCADE,
    position     INT           NOT NULL,
    code         VARCHAR(30)   NOT NULL,
    text_en      VARCHAR(1000) NOT NULL,
    text_fr      VARCHAR(1000) NOT NULL,
    text_es      VARCHAR(1000) NOT NULL,
    PRIMARY KEY (checklist_id, position),
    UNIQUE (checklist_id, code)
);

CREATE TABLE due_diligence_review (
    id               UUID                     NOT NULL PRIMARY KEY,
    agreement_id     UUID                     NOT NULL REFERENCES agreement (id),
    checklist_id     UUID                     NOT NULL REFERENCES due_diligence_checklist (id),
    status           VARCHAR(20)              NOT NULL,
    conclusion       VARCHAR(30),
    conclusion_text  TEXT,
    recorded_by      UUID,
    recorded_by_name VARCHAR(200),
    recorded_at      TIMESTAMP WITH TIME ZONE,
    approved_by      UUID,
    approved_by_name VARCHAR(200),
    approved_at      TIMESTAMP WITH TIME ZONE,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    version          BIGINT                   NOT NULL
);

CREATE INDEX due_diligence_review_agreement ON due_diligence_review (agreement_id);

CREATE TABLE due_diligence_answer (
    review_id UUID        NOT NULL REFERENCES due_diligence_review (id) ON DELETE CASCADE,
    item_code VARCHAR(30) NOT NULL,
    verdict   VARCHAR(20) NOT NULL,
    comment   TEXT,
    PRIMARY KEY (review_id, item_code)
);

-- Version 1, after the CMS Code of Conduct for partnerships with the private sector.
INSERT INTO due_diligence_checklist (id, number, created_at)
VALUES ('6d1f3c2a-0c4e-4b7a-9f51-2a8e1d0c0001', 1, TIMESTAMP WITH TIME ZONE '2020-02-17 00:00:00+00');

INSERT INTO due_diligence_item (checklist_id, position, code, text_en, text_fr, text_es) VALUES
('6d1f3c2a-0c4e-4b7a-9f51-2a8e1d0c0001', 1, 'OBJECTIVES',
 'The partnership serves the objectives of the Convention and of the CMS Strategic Plan for Migratory Species.',
 'Le partenariat sert les objectifs de la Convention et du Plan stratégique pour les espèces migratrices de la CMS.',
 'La asociación contribuye a los objetivos de la Convención y del Plan Estratégico para las Especies Migratorias de la CMS.'),
('6d1f3c2a-0c4e-4b7a-9f51-2a8e1d0c0001', 2, 'ENVIRONMENT',
 'The company''s environmental record, including its impact on migratory species and their habitats, is compatible with the partnership.',
 'Le bilan environnemental de l’entreprise, y compris son impact sur les espèces migratrices et leurs habitats, est compatible avec le partenariat.',
 'El historial ambiental de la empresa, incluido su impacto en las especies migratorias y sus hábitats, es compatible con la asociación.'),
('6d1f3c2a-0c4e-4b7a-9f51-2a8e1d0c0001', 3, 'UN-PRINCIPLES',
 'The company respects the principles of the UN Global Compact (human rights, labour, environment, anti-corruption) and is not subject to UN sanctions.',
 'L’entreprise respecte les principes du Pacte mondial des Nations Unies (droits de l’homme, travail, environnement, lutte contre la corruption) et ne fait l’objet d’aucune sanction des Nations Unies.',
 'La empresa respeta los principios del Pacto Mundial de las Naciones Unidas (derechos humanos, trabajo, medio ambiente, lucha contra la corrupción) y no está sujeta a sanciones de las Naciones Unidas.'),
('6d1f3c2a-0c4e-4b7a-9f51-2a8e1d0c0001', 4, 'CONFLICT',
 'The partnership creates no conflict of interest and gives the company no influence over the decisions or advice of the Convention''s bodies.',
 'Le partenariat ne crée aucun conflit d’intérêts et ne donne à l’entreprise aucune influence sur les décisions ou les avis des organes de la Convention.',
 'La asociación no genera ningún conflicto de intereses ni da a la empresa influencia alguna sobre las decisiones o el asesoramiento de los órganos de la Convención.'),
('6d1f3c2a-0c4e-4b7a-9f51-2a8e1d0c0001', 5, 'LOGO',
 'The CMS name and logo will not be used to endorse the company, its products or services; any use is agreed in writing beforehand.',
 'Le nom et le logo de la CMS ne seront pas utilisés pour cautionner l’entreprise, ses produits ou ses services ; toute utilisation est convenue par écrit au préalable.',
 'El nombre y el logotipo de la CMS no se utilizarán para avalar a la empresa, sus productos o servicios; todo uso se acuerda previamente por escrito.'),
('6d1f3c2a-0c4e-4b7a-9f51-2a8e1d0c0001', 6, 'REPUTATION',
 'The reputational risk for the CMS Family has been assessed (public controversies, litigation, sector of activity) and is acceptable.',
 'Le risque pour la réputation de la Famille de la CMS a été évalué (controverses publiques, litiges, secteur d’activité) et est acceptable.',
 'Se ha evaluado el riesgo para la reputación de la Familia de la CMS (controversias públicas, litigios, sector de actividad) y es aceptable.'),
('6d1f3c2a-0c4e-4b7a-9f51-2a8e1d0c0001', 7, 'TRANSPARENCY',
 'The partnership, its purpose and any financial contribution will be disclosed publicly and reported to the governing bodies.',
 'Le partenariat, son objet et toute contribution financière seront rendus publics et communiqués aux organes directeurs.',
 'La asociación, su objeto y toda contribución financiera se harán públicos y se comunicarán a los órganos rectores.'),
('6d1f3c2a-0c4e-4b7a-9f51-2a8e1d0c0001', 8, 'INDEPENDENCE',
 'The Secretariat keeps full control of the content of its work, publications and communications under the partnership.',
 'Le Secrétariat garde la pleine maîtrise du contenu de ses travaux, publications et communications dans le cadre du partenariat.',
 'La Secretaría conserva el pleno control del contenido de su trabajo, sus publicaciones y sus comunicaciones en el marco de la asociación.');
