-- The case list in alias order walks (scope, lower(client_alias), id desc) (V013_1, V030_1). PostgreSQL
-- answers from an index on an expression alone only when the expression's column is in the index too;
-- without it every entry the walk passed cost a visit to the table: the 500th page of a team read 25,000
-- table rows, 48 ms at a million cases warm (a second cold), against 3.7 ms as an index-only walk with
-- the column carried. Same names and keys as V030_1, with client_alias added to what they carry.
drop index case_counsellor_alias_idx;
create index case_counsellor_alias_idx on case_file (counsellor_id, lower(client_alias), id desc)
    include (harm_mask, client_alias);
drop index case_team_alias_idx;
create index case_team_alias_idx on case_file (team_id, lower(client_alias), id desc)
    include (harm_mask, client_alias);
