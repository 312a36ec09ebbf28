-- A process version refers to the version of the reporting format accredited NGOs report
-- with, instead of naming it in free text. Versions that named a model are linked to the
-- format in force; the label stays readable on versions no format could be linked to.
ALTER TABLE accreditation_process ADD COLUMN reporting_format_id UUID REFERENCES reporting_template (id);

UPDATE accreditation_process
SET reporting_format_id = (SELECT t.id FROM reporting_template t WHERE t.status = 'ADOPTED')
WHERE reporting_template IS NOT NULL;
