-- A follow-up that fails on its own backs off and is parked for ops after repeated failures (service-support's
-- DueRows and FailingRows); the others keep going out. (attempts counts survey requests sent, not failures.)
ALTER TABLE follow_up ADD COLUMN failures INTEGER NOT NULL DEFAULT 0;
ALTER TABLE follow_up ADD COLUMN last_error TEXT;
ALTER TABLE follow_up ADD COLUMN retry_at TIMESTAMPTZ;
ALTER TABLE follow_up ADD COLUMN parked_at TIMESTAMPTZ;
CREATE INDEX follow_up_parked_idx ON follow_up (parked_at) WHERE parked_at IS NOT NULL;
