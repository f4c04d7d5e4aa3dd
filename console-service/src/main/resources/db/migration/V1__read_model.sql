-- The console's read model, built only from the topics: one row per complaint with what the screens show,
-- every event as a timeline entry (its primary key makes a redelivery a no-op), trend spikes and a tally of
-- dead letters per topic.
CREATE TABLE complaint_view (
    complaint_id      uuid PRIMARY KEY,
    status            varchar(20)   NOT NULL,
    status_at         timestamptz   NOT NULL,
    received_at       timestamptz,
    channel           varchar(20),
    language          varchar(10),
    customer_name     varchar(200),
    customer_tier     varchar(32),
    subject           varchar(300),
    message           text,
    severity          varchar(2),
    severity_points   double precision,
    category          varchar(40),
    sentiment         double precision,
    sentiment_label   varchar(10),
    anger             double precision,
    urgency           double precision,
    emotion           varchar(20),
    flags             varchar(500),
    explanation       text,
    case_id           uuid,
    tier              varchar(20),
    assignee_id       varchar(100),
    assignee_name     varchar(200),
    acknowledge_by    timestamptz,
    resolve_by        timestamptz,
    acknowledge_sla   varchar(10),
    resolve_sla       varchar(10),
    acknowledged_at   timestamptz,
    resolved_at       timestamptz,
    resolved_by       varchar(200),
    remedy            varchar(200),
    reopen_count      integer       NOT NULL DEFAULT 0,
    follow_up         varchar(20),
    csat              integer,
    nps               integer,
    ces               integer,
    scored_at         timestamptz,
    updated_at        timestamptz   NOT NULL
);
CREATE INDEX complaint_view_open ON complaint_view (status, tier) WHERE status <> 'RESOLVED';
CREATE INDEX complaint_view_assignee ON complaint_view (assignee_id) WHERE status <> 'RESOLVED';
CREATE INDEX complaint_view_received ON complaint_view (received_at);
CREATE INDEX complaint_view_scored ON complaint_view (scored_at) WHERE scored_at IS NOT NULL;
CREATE INDEX complaint_view_resolved ON complaint_view (resolved_at) WHERE status = 'RESOLVED';

CREATE TABLE timeline_entry (
    event_id      uuid PRIMARY KEY,
    complaint_id  uuid          NOT NULL,
    topic         varchar(100)  NOT NULL,
    type          varchar(40)   NOT NULL,
    occurred_at   timestamptz   NOT NULL,
    summary       varchar(1000) NOT NULL
);
CREATE INDEX timeline_entry_complaint ON timeline_entry (complaint_id, occurred_at);
CREATE INDEX timeline_entry_type ON timeline_entry (type, occurred_at);

CREATE TABLE trend_spike (
    event_id        uuid PRIMARY KEY,
    complaint_id    uuid          NOT NULL,
    occurred_at     timestamptz   NOT NULL,
    dimension       varchar(20)   NOT NULL,
    value           varchar(200)  NOT NULL,
    complaints      integer       NOT NULL,
    window_minutes  integer       NOT NULL,
    threshold       integer       NOT NULL
);
CREATE INDEX trend_spike_recent ON trend_spike (occurred_at);

-- Per partition, with the last offset counted, so a redelivered letter is not counted twice.
CREATE TABLE dead_letter_tally (
    topic        varchar(200) NOT NULL,
    partition    integer      NOT NULL,
    last_offset  bigint       NOT NULL,
    letters      bigint       NOT NULL,
    last_reason  varchar(1000),
    last_at      timestamptz  NOT NULL,
    PRIMARY KEY (topic, partition)
);
