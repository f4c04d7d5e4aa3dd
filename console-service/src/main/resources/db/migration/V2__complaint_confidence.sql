-- Triage's confidence that the text is a complaint at all (complaints.triaged.v1 complaintConfidence).
ALTER TABLE complaint_view ADD COLUMN complaint_confidence double precision;
