-- Reporting: the case trends and the workload filter on a team or a counsellor and a period of
-- opening or closing. These indexes serve those filters for each scope (own, team, all teams).
create index case_team_opened_idx on case_file (team_id, opened_at);
create index case_counsellor_opened_idx on case_file (counsellor_id, opened_at);
create index case_team_closed_idx on case_file (team_id, closed_at) where closed_at is not null;
create index case_counsellor_closed_idx on case_file (counsellor_id, closed_at) where closed_at is not null;
create index case_closed_idx on case_file (closed_at) where closed_at is not null;
