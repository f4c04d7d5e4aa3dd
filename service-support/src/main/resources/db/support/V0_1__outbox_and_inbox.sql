-- The tables of service-support, created in each service's own database by its Flyway
-- (quarkus.flyway.locations=db/migration,db/support). Versions below 1 so service migrations come after.

-- Transactional outbox: written in the business transaction, published by OutboxRelay.
CREATE TABLE outbox_event (
    id           UUID PRIMARY KEY,
    aggregate_id UUID         NOT NULL,
    topic        VARCHAR(200) NOT NULL,
    event_type   VARCHAR(100) NOT NULL,
    payload      TEXT         NOT NULL,
    created_at   TIMESTAMPTZ  NOT NULL,
    published_at TIMESTAMPTZ,
    attempts     INTEGER      NOT NULL DEFAULT 0,
    last_error   TEXT
);
CREATE INDEX outbox_event_pending_idx ON outbox_event (created_at) WHERE published_at IS NULL;

-- Events a consumer handled (Inbox), so a redelivery changes nothing.
CREATE TABLE processed_event (
    event_id     UUID PRIMARY KEY,
    topic        VARCHAR(200) NOT NULL,
    processed_at TIMESTAMPTZ  NOT NULL
);
