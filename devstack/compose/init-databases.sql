-- One database and owner per service (docker-compose); services share nothing but topics.
CREATE USER intake WITH PASSWORD 'intake';
CREATE DATABASE intake OWNER intake;
CREATE USER triage WITH PASSWORD 'triage';
CREATE DATABASE triage OWNER triage;
CREATE USER escalation WITH PASSWORD 'escalation';
CREATE DATABASE escalation OWNER escalation;
CREATE USER followup WITH PASSWORD 'followup';
CREATE DATABASE followup OWNER followup;
CREATE USER console WITH PASSWORD 'console';
CREATE DATABASE console OWNER console;
