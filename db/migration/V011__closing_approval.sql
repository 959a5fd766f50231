-- A supervisor approves the closing of a case (DOMAIN: the supervisor "approves closing"). A case a
-- counsellor closes waits for that approval; one a supervisor closes is approved at once. Reopening
-- clears it. Cases closed before this existed count as approved: nobody is asked to review history.
alter table case_file
    add column closing_approved_at timestamptz,
    add column closing_approved_by varchar(50);

update case_file set closing_approved_at = closed_at, closing_approved_by = '(before approval)'
where status = 'CLOSED';

alter table case_file add constraint case_closing_approval_check
    check (closing_approved_at is null or status = 'CLOSED');

-- "Closings to approve" of a team, oldest first.
create index case_closing_pending_idx on case_file (team_id, closed_at)
    where status = 'CLOSED' and closing_approved_at is null;
