-- A timer that fails on its own backs off and is parked for ops after repeated failures (service-support's
-- DueRows and FailingRows); the other timers keep firing.
ALTER TABLE sla_timer ADD COLUMN failures INTEGER NOT NULL DEFAULT 0;
ALTER TABLE sla_timer ADD COLUMN last_error TEXT;
ALTER TABLE sla_timer ADD COLUMN retry_at TIMESTAMPTZ;
ALTER TABLE sla_timer ADD COLUMN parked_at TIMESTAMPTZ;
CREATE INDEX sla_timer_parked_idx ON sla_timer (parked_at) WHERE parked_at IS NOT NULL;
