CREATE TABLE complaint (
    id                      UUID PRIMARY KEY,
    channel                 VARCHAR(20)   NOT NULL,
    customer_id             VARCHAR(100)  NOT NULL,
    customer_name           VARCHAR(200),
    customer_email          VARCHAR(320),
    customer_tier           VARCHAR(32)   NOT NULL,
    customer_lifetime_value NUMERIC(14, 2),
    subject                 VARCHAR(300),
    message                 TEXT          NOT NULL,
    order_reference         VARCHAR(100),
    product_reference       VARCHAR(100),
    language                VARCHAR(10),
    public_url              VARCHAR(2000),
    submitted_at            TIMESTAMPTZ   NOT NULL,
    received_at             TIMESTAMPTZ   NOT NULL,
    status                  VARCHAR(20)   NOT NULL,
    source                  VARCHAR(20)   NOT NULL,
    external_id             VARCHAR(200),
    idempotency_key         VARCHAR(200)  UNIQUE,
    fingerprint             VARCHAR(64)   NOT NULL
);

-- Natural deduplication: the same customer sending the same text again within a window.
CREATE INDEX complaint_fingerprint_idx ON complaint (customer_id, fingerprint, received_at DESC);

-- Transactional outbox: written in the same transaction as the complaint, published by OutboxRelay.
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

-- Events this service consumed (Inbox), so a redelivery changes nothing.
CREATE TABLE processed_event (
    event_id     UUID PRIMARY KEY,
    topic        VARCHAR(200) NOT NULL,
    processed_at TIMESTAMPTZ  NOT NULL
);
