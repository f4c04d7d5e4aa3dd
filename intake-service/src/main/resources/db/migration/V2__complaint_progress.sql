-- The complaint's progress as the other services report it on their topics (GET /complaints/{id}).
ALTER TABLE complaint ADD COLUMN status_changed_at TIMESTAMPTZ;
UPDATE complaint SET status_changed_at = received_at;
ALTER TABLE complaint ALTER COLUMN status_changed_at SET NOT NULL;
