-- Each handler's open cases are kept on the handler row and claimed with a conditional UPDATE, instead of
-- being recounted over every open case under one cluster-wide lock.
ALTER TABLE handler ADD COLUMN open_cases INTEGER NOT NULL DEFAULT 0;
UPDATE handler h SET open_cases = (
    SELECT count(*) FROM escalation_case c
    WHERE c.assignee_id = h.id AND c.status IN ('ASSIGNED', 'ACKNOWLEDGED'));
ALTER TABLE handler ADD CONSTRAINT handler_open_cases_not_negative CHECK (open_cases >= 0);
CREATE INDEX handler_tier_idx ON handler (tier);

-- A freed slot takes the next queued case of its tier (and, for specialists, of one of its skills):
-- most severe first, then the longest waiting, read with LIMIT from these indexes.
DROP INDEX case_queue_idx;
CREATE INDEX case_queue_order_idx ON escalation_case (tier, severity, queued_at, id) WHERE status = 'QUEUED';
CREATE INDEX case_queue_category_idx ON escalation_case (tier, category, severity, queued_at, id) WHERE status = 'QUEUED';

-- Cancelling a case's pending clocks.
CREATE INDEX sla_timer_case_idx ON sla_timer (case_id) WHERE fired_at IS NULL AND NOT cancelled;
