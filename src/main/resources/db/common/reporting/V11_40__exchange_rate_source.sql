-- Issue 11, point 4: US dollars need no rate, and each rate records its source and date.

-- Amounts in US dollars are counted as they are: a stored "USD 1" says nothing.
DELETE FROM cycle_exchange_rate WHERE currency = 'USD';

-- UN_OPERATIONAL (the UN operational rate of exchange of the month applies_on begins),
-- OTHER (source_description names it, applies_on is its day), or NOT_RECORDED (entered
-- before rates had a source: applies_on is the day it was last saved). No CHECK on the
-- value: the aggregate's enum guards it (see STACK.md on CHECK constraints and H2).
ALTER TABLE cycle_exchange_rate ADD COLUMN source VARCHAR(20) NOT NULL DEFAULT 'NOT_RECORDED';
ALTER TABLE cycle_exchange_rate ADD COLUMN source_description VARCHAR(200);
ALTER TABLE cycle_exchange_rate ADD COLUMN applies_on DATE;
ALTER TABLE cycle_exchange_rate ADD COLUMN entered_by VARCHAR(200) NOT NULL DEFAULT 'Secretariat';
ALTER TABLE cycle_exchange_rate ADD COLUMN entered_at TIMESTAMP WITH TIME ZONE;

UPDATE cycle_exchange_rate
SET applies_on = (SELECT CAST(c.updated_at AS DATE) FROM reporting_cycle c WHERE c.id = cycle_id),
    entered_at = (SELECT c.updated_at FROM reporting_cycle c WHERE c.id = cycle_id);

ALTER TABLE cycle_exchange_rate ALTER COLUMN applies_on SET NOT NULL;
ALTER TABLE cycle_exchange_rate ALTER COLUMN entered_at SET NOT NULL;
ALTER TABLE cycle_exchange_rate ALTER COLUMN source DROP DEFAULT;
ALTER TABLE cycle_exchange_rate ALTER COLUMN entered_by DROP DEFAULT;
