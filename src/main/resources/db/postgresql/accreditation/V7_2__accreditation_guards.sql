-- Guards the database keeps even against two requests racing past the application's checks.
-- Exactly one version of the process is in force.
CREATE UNIQUE INDEX accreditation_process_one_in_force ON accreditation_process (status) WHERE status = 'ADOPTED';
-- An organization has at most one application in progress per process version.
CREATE UNIQUE INDEX accreditation_application_one_in_progress
    ON accreditation_application (organization_id, process_id) WHERE status NOT IN ('CLOSED', 'REJECTED', 'ACCREDITED');
