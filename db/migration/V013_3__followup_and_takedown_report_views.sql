-- What the follow-ups and takedowns modules offer reporting to read (decisions 017 and 001): views
-- owned by each module, so reporting never names their tables.

-- Follow-ups: open ones with their due moment, per assignee and team (the workload's "overdue").
create view follow_up_report_open as
select id as follow_up_id, team_id, assignee_id, due_at from follow_up where status = 'OPEN';

-- Takedowns: each notice with when it was submitted, its platform and where it stands now
-- (the yearly transparency report, DSA Art. 22). No URL, description or ticket number.
create view takedown_report_notices as
select t.id as request_id, t.case_id, t.submitted_at, t.status, p.name as platform_name, p.sort_order as platform_order
from takedown_request t join platform p on p.id = t.platform_id
where t.submitted_at is not null;
