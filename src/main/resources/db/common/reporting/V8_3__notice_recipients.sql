-- To whom each reporting notice was sent, one "address LANGUAGE" per line.
ALTER TABLE reporting_notice ADD COLUMN sent_to VARCHAR(8000);
