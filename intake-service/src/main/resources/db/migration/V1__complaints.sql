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
