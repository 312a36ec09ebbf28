-- Exactly one version of the reporting template is in force.
CREATE UNIQUE INDEX reporting_template_one_in_force ON reporting_template (status) WHERE status = 'ADOPTED';
-- One draft (or submitted version) at a time.
CREATE UNIQUE INDEX reporting_template_one_draft ON reporting_template ((1)) WHERE status IN ('DRAFT', 'SUBMITTED');
