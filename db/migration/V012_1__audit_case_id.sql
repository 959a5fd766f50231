-- Every audit line about a case names that case (issue 12, docs/decisions/015-case-record-keeping.md):
-- the case's access log is a plain indexed query on case_id instead of a LIKE over the detail and a
-- list of object ids per module. No foreign key: the trail outlives an erased case and is never
-- changed because a case row is.
alter table audit_event add column case_id bigint;

-- Backfill of the lines written before this column existed. The trail is append-only: its row
-- trigger is lifted for this one statement set and put back in the same transaction (Flyway runs
-- each migration in one), so no other session ever sees it off.
alter table audit_event disable trigger audit_event_no_update_or_delete;

-- The case itself, its police complaint, its sextortion log and matches and the reads of its access
-- log: the object id is the case id.
update audit_event set case_id = object_id::bigint
where object_type in ('CASE', 'CASE_POLICE', 'CASE_AUDIT', 'SEXTORTION', 'EXTORTER_MATCH')
  and object_id ~ '^[0-9]{1,18}$';

-- Lines that named the case in their detail ("case:42", "case:42,rule:..."), also those whose
-- object is gone since (a removed identifier).
update audit_event set case_id = substring(detail from '^case:([0-9]{1,18})')::bigint
where case_id is null and detail ~ '^case:[0-9]{1,18}(,|$)';

-- The other objects of a case, by the table that still holds them. What the four CaseAuditObjects
-- beans resolved until now, once.
update audit_event a set case_id = o.case_id
from (select 'CASE_CONSENT' as t, id, case_id from case_consent
      union all select 'CASE_REFERRAL', id, case_id from case_referral
      union all select 'CASE_EVIDENCE', id, case_id from case_evidence
      union all select 'CASE_NOTE', id, case_id from case_timeline_entry where body is not null
      union all select 'TAKEDOWN', id, case_id from takedown_request
      union all select 'HASH_SUBMISSION', id, case_id from hash_submission
      union all select 'EXTORTER', id, case_id from extorter
      union all select 'EXTORTER_IDENTIFIER', id, case_id from extorter_identifier
      union all select 'EXTORTION_CONTACT', id, case_id from extortion_contact
      union all select 'MONEY_RECOVERY', id, case_id from money_recovery
      union all select 'FOLLOW_UP', id, case_id from follow_up) o
where a.case_id is null and a.object_type = o.t and a.object_id = o.id::text;

alter table audit_event enable trigger audit_event_no_update_or_delete;

-- The access log reads a case's lines newest first, a page at a time.
create index audit_event_case_idx on audit_event (case_id, occurred_at desc, id desc) where case_id is not null;

-- Only the access log used the prefix index on "case:..." details (V009); nothing writes them any more.
drop index audit_event_case_detail_idx;
