-- Governing bodies, their meetings, and their decisions (never updated: corrections refer back).
CREATE TABLE governing_body (
    id       UUID         NOT NULL PRIMARY KEY,
    kind     VARCHAR(30)  NOT NULL,
    code     VARCHAR(30)  NOT NULL UNIQUE,
    name_en  VARCHAR(300) NOT NULL,
    name_fr  VARCHAR(300),
    name_es  VARCHAR(300),
    position INT          NOT NULL
);

CREATE TABLE meeting (
    id        UUID         NOT NULL PRIMARY KEY,
    body_id   UUID         NOT NULL REFERENCES governing_body (id),
    code      VARCHAR(40)  NOT NULL UNIQUE,
    number    INT          NOT NULL,
    starts_on DATE         NOT NULL,
    ends_on   DATE         NOT NULL,
    place     VARCHAR(200) NOT NULL,
    country   VARCHAR(2),
    CHECK (ends_on >= starts_on)
);

CREATE TABLE decision (
    id          UUID                     NOT NULL PRIMARY KEY,
    body_id     UUID                     NOT NULL REFERENCES governing_body (id),
    meeting_id  UUID REFERENCES meeting (id),
    procedure   VARCHAR(20)              NOT NULL CHECK (procedure IN ('MEETING', 'WRITTEN_PROCEDURE')),
    reference   VARCHAR(100)             NOT NULL UNIQUE,
    adopted_on  DATE                     NOT NULL,
    text        TEXT                     NOT NULL,
    corrects    UUID REFERENCES decision (id),
    recorded_at TIMESTAMP WITH TIME ZONE NOT NULL,
    recorded_by VARCHAR(400)             NOT NULL
);

CREATE INDEX decision_by_body ON decision (body_id, adopted_on);
CREATE INDEX meeting_by_body ON meeting (body_id, starts_on);

INSERT INTO governing_body (id, kind, code, name_en, name_fr, name_es, position) VALUES
('00000000-0000-4000-8000-00000000c0b1', 'CONFERENCE_OF_THE_PARTIES', 'COP', 'Conference of the Parties', 'Conférence des Parties', 'Conferencia de las Partes', 1),
('00000000-0000-4000-8000-00000000c0b2', 'STANDING_COMMITTEE', 'StC', 'Standing Committee', 'Comité permanent', 'Comité Permanente', 2),
('00000000-0000-4000-8000-00000000c0b3', 'SCIENTIFIC_COUNCIL', 'ScC', 'Scientific Council', 'Conseil scientifique', 'Consejo Científico', 3),
('00000000-0000-4000-8000-00000000c0b4', 'SESSIONAL_COMMITTEE', 'ScC-SC', 'Sessional Committee of the Scientific Council', 'Comité de session du Conseil scientifique', 'Comité del período de sesiones del Consejo Científico', 4);
