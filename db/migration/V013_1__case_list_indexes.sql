-- The case list at a million cases (decision 017). Each scope (a supervisor's team, a counsellor's
-- own cases) has an index per offered sort, ending in the id newest first (the list's tie-breaker):
-- the list's query walks it forwards, or backwards sorting the few ties on the way, so the first page
-- reads about 51 index entries and the 500th page an index walk, never a sort of the whole scope.
-- Status and priority, whose ties are thousands of cases, have one index per direction.
-- A counsellor's shared cases come through case_share (user_id, case_id).
create index case_team_default_sort_idx on case_file (team_id, priority, opened_at desc, id desc);
create index case_team_reference_idx on case_file (team_id, reference, id desc);
create index case_team_alias_idx on case_file (team_id, lower(client_alias), id desc);
create index case_team_status_sort_idx on case_file (team_id, status, id desc);
create index case_team_status_desc_idx on case_file (team_id, status desc, id desc);
create index case_team_priority_idx on case_file (team_id, priority, id desc);
create index case_team_priority_desc_idx on case_file (team_id, priority desc, id desc);
create index case_team_opened_sort_idx on case_file (team_id, opened_at, id desc);
create index case_team_activity_idx on case_file (team_id, last_activity_at, id desc);

create index case_counsellor_default_sort_idx on case_file (counsellor_id, priority, opened_at desc, id desc);
create index case_counsellor_reference_idx on case_file (counsellor_id, reference, id desc);
create index case_counsellor_alias_idx on case_file (counsellor_id, lower(client_alias), id desc);
create index case_counsellor_status_sort_idx on case_file (counsellor_id, status, id desc);
create index case_counsellor_status_desc_idx on case_file (counsellor_id, status desc, id desc);
create index case_counsellor_priority_idx on case_file (counsellor_id, priority, id desc);
create index case_counsellor_priority_desc_idx on case_file (counsellor_id, priority desc, id desc);
create index case_counsellor_opened_sort_idx on case_file (counsellor_id, opened_at, id desc);
create index case_counsellor_activity_idx on case_file (counsellor_id, last_activity_at, id desc);

-- Superseded by the indexes above (the same columns with the id appended, or a status-first order
-- that no query asks for any more).
drop index case_team_status_idx;
drop index case_counsellor_status_idx;
drop index case_team_opened_idx;
drop index case_counsellor_opened_idx;
drop index case_priority_idx;
