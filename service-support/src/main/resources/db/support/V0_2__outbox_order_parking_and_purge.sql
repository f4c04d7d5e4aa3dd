-- The outbox relays in the order rows were written (position), one relay at a time; a row that fails on its
-- own backs off (retry_at) and is parked for ops after repeated failures; published rows and inbox rows are
-- purged by age. Services run with flyway out-of-order, so this applies after their own later versions.
ALTER TABLE outbox_event RENAME COLUMN attempts TO failures;
ALTER TABLE outbox_event ADD COLUMN position BIGSERIAL;
ALTER TABLE outbox_event ADD COLUMN retry_at TIMESTAMPTZ;
ALTER TABLE outbox_event ADD COLUMN parked_at TIMESTAMPTZ;
DROP INDEX outbox_event_pending_idx;
CREATE INDEX outbox_event_pending_idx ON outbox_event (position) WHERE published_at IS NULL AND parked_at IS NULL;
-- "is an earlier event of this complaint still backing off?"
CREATE INDEX outbox_event_pending_aggregate_idx ON outbox_event (aggregate_id, position) WHERE published_at IS NULL;
CREATE INDEX outbox_event_published_idx ON outbox_event (published_at) WHERE published_at IS NOT NULL;
CREATE INDEX outbox_event_parked_idx ON outbox_event (parked_at) WHERE parked_at IS NOT NULL;
CREATE INDEX processed_event_processed_at_idx ON processed_event (processed_at);
