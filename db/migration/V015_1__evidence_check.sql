-- The last run of the evidence consistency check (decision 025): one row, replaced on each run, shown
-- to administrators on the retention page. Counts only: administrators never see which cases.
create table evidence_check (
    id                  smallint     primary key default 1 check (id = 1),
    checked_at          timestamptz  not null,
    files_removed       integer      not null,
    files_missing       integer      not null
);
