-- The texts a draft amendment proposes to repeal, each by one operative paragraph of the
-- amended text (its number as the amendment gives it, "27" or "6.bis"); carried onto the
-- new revision's paragraph (mandate_repeal) when the amendment is adopted.
CREATE TABLE mandate_amendment_repeal (
    mandate_amendment UUID        NOT NULL REFERENCES mandate_amendment (id) ON DELETE CASCADE,
    repealed_kind     VARCHAR(20) NOT NULL,
    repealed_number   VARCHAR(20) NOT NULL,
    paragraph_number  VARCHAR(20) NOT NULL,
    PRIMARY KEY (mandate_amendment, repealed_kind, repealed_number)
);
