-- One follow-up per resolution; durable: the poller fires due rows once, whichever replica claims them.
CREATE TABLE follow_up (
    id               UUID PRIMARY KEY,
    complaint_id     UUID          NOT NULL,
    case_id          UUID,
    resolved_event_id UUID         NOT NULL UNIQUE,
    customer_id      VARCHAR(100)  NOT NULL,
    customer_name    VARCHAR(200),
    customer_email   VARCHAR(320),
    customer_tier    VARCHAR(32)   NOT NULL,
    channel          VARCHAR(20)   NOT NULL,
    severity         VARCHAR(2)    NOT NULL,
    category         VARCHAR(30),
    resolved_at      TIMESTAMPTZ   NOT NULL,
    due_at           TIMESTAMPTZ   NOT NULL,
    status           VARCHAR(20)   NOT NULL,
    survey_token     VARCHAR(64)   NOT NULL UNIQUE,
    attempts         INTEGER       NOT NULL DEFAULT 0,
    next_attempt_at  TIMESTAMPTZ,
    requested_at     TIMESTAMPTZ,
    answered_at      TIMESTAMPTZ,
    csat             SMALLINT,
    nps              SMALLINT,
    ces              SMALLINT,
    comment          TEXT,
    outcome          VARCHAR(60)
);
CREATE INDEX follow_up_due_idx ON follow_up (due_at) WHERE status = 'SCHEDULED';
CREATE INDEX follow_up_reminder_idx ON follow_up (next_attempt_at) WHERE status = 'REQUESTED';
CREATE INDEX follow_up_complaint_idx ON follow_up (complaint_id);
CREATE INDEX follow_up_answered_idx ON follow_up (answered_at) WHERE answered_at IS NOT NULL;
