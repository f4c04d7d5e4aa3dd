CREATE TABLE handler (
    id         VARCHAR(100) PRIMARY KEY,
    name       VARCHAR(200) NOT NULL,
    tier       VARCHAR(20)  NOT NULL,
    skills     VARCHAR(500) NOT NULL DEFAULT '',
    languages  VARCHAR(200) NOT NULL DEFAULT '',
    capacity   INTEGER      NOT NULL,
    on_shift   BOOLEAN      NOT NULL
);

CREATE TABLE escalation_case (
    id                 UUID PRIMARY KEY,
    complaint_id       UUID          NOT NULL UNIQUE,
    status             VARCHAR(20)   NOT NULL,
    tier               VARCHAR(20)   NOT NULL,
    assignee_id        VARCHAR(100)  REFERENCES handler (id),
    severity           VARCHAR(2)    NOT NULL,
    category           VARCHAR(30)   NOT NULL,
    language           VARCHAR(10),
    channel            VARCHAR(20)   NOT NULL,
    flags              VARCHAR(300)  NOT NULL,
    tasks              VARCHAR(200)  NOT NULL,
    customer_id        VARCHAR(100)  NOT NULL,
    customer_name      VARCHAR(200),
    customer_email     VARCHAR(320),
    customer_tier      VARCHAR(32)   NOT NULL,
    customer_lifetime_value NUMERIC(14, 2),
    subject            VARCHAR(300),
    routing_rule       VARCHAR(100)  NOT NULL,
    opened_at          TIMESTAMPTZ   NOT NULL,
    acknowledge_by     TIMESTAMPTZ,
    resolve_by         TIMESTAMPTZ,
    acknowledged_at    TIMESTAMPTZ,
    resolved_at        TIMESTAMPTZ,
    resolved_by        VARCHAR(100),
    resolution_note    TEXT,
    remedy_type        VARCHAR(30),
    remedy_amount      NUMERIC(14, 2),
    remedy_currency    VARCHAR(3),
    reopen_count       INTEGER       NOT NULL DEFAULT 0,
    queued_at          TIMESTAMPTZ
);
CREATE INDEX case_assignee_idx ON escalation_case (assignee_id, status);
CREATE INDEX case_queue_idx ON escalation_case (tier, queued_at) WHERE status = 'QUEUED';

CREATE TABLE case_history (
    id        UUID PRIMARY KEY,
    case_id   UUID         NOT NULL REFERENCES escalation_case (id),
    at        TIMESTAMPTZ  NOT NULL,
    kind      VARCHAR(30)  NOT NULL,
    tier      VARCHAR(20),
    actor     VARCHAR(100),
    detail    TEXT
);
CREATE INDEX case_history_case_idx ON case_history (case_id, at);

-- Durable SLA timers, fired by whichever replica claims them first (FOR UPDATE SKIP LOCKED).
CREATE TABLE sla_timer (
    id         UUID PRIMARY KEY,
    case_id    UUID         NOT NULL REFERENCES escalation_case (id),
    target     VARCHAR(20)  NOT NULL,
    stage      VARCHAR(10)  NOT NULL,
    tier       VARCHAR(20)  NOT NULL,
    due_at     TIMESTAMPTZ  NOT NULL,
    fired_at   TIMESTAMPTZ,
    cancelled  BOOLEAN      NOT NULL DEFAULT FALSE
);
CREATE INDEX sla_timer_due_idx ON sla_timer (due_at) WHERE fired_at IS NULL AND NOT cancelled;

CREATE TABLE routing_policy (
    id         INTEGER PRIMARY KEY,
    document   TEXT        NOT NULL,
    updated_at TIMESTAMPTZ NOT NULL
);
