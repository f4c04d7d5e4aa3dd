-- How likely the text is a complaint at all (rather than a question, a request or praise). Triages stored
-- before this column existed were all read as complaints.
ALTER TABLE triage ADD COLUMN complaint_confidence DOUBLE PRECISION NOT NULL DEFAULT 1;
