CREATE TABLE triage (
    complaint_id      UUID PRIMARY KEY,
    event_id          UUID             NOT NULL,
    customer_id       VARCHAR(100)     NOT NULL,
    customer_tier     VARCHAR(32)      NOT NULL,
    channel           VARCHAR(20)      NOT NULL,
    language          VARCHAR(10)      NOT NULL,
    sentiment_score   DOUBLE PRECISION NOT NULL,
    sentiment_label   VARCHAR(10)      NOT NULL,
    anger             DOUBLE PRECISION NOT NULL,
    emotion           VARCHAR(20)      NOT NULL,
    urgency           DOUBLE PRECISION NOT NULL,
    category          VARCHAR(30)      NOT NULL,
    product_reference VARCHAR(100),
    severity          VARCHAR(2)       NOT NULL,
    severity_points   DOUBLE PRECISION NOT NULL,
    flags             VARCHAR(300)     NOT NULL,
    explanation       TEXT             NOT NULL,
    received_at       TIMESTAMPTZ      NOT NULL,
    triaged_at        TIMESTAMPTZ      NOT NULL
);

-- Repeat complainers: this customer's complaints in the last 30 days.
CREATE INDEX triage_customer_idx ON triage (customer_id, received_at);
-- Trend spikes: complaints about one product or category within the last hour.
CREATE INDEX triage_product_idx ON triage (product_reference, received_at) WHERE product_reference IS NOT NULL;
CREATE INDEX triage_category_idx ON triage (category, received_at);

CREATE TABLE trend_alert (
    id            UUID PRIMARY KEY,
    dimension     VARCHAR(20)  NOT NULL,
    value         VARCHAR(100) NOT NULL,
    complaint_count INTEGER    NOT NULL,
    raised_at     TIMESTAMPTZ  NOT NULL
);
CREATE INDEX trend_alert_lookup_idx ON trend_alert (dimension, value, raised_at DESC);
