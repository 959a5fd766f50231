-- The workload of all teams (decision 032, continued in 044). At a million cases an administrator's
-- workload counted some 200,000 open cases from the partial index on every view (160 ms median on two
-- cores). The open cases per team and priority are now kept with the writes, like the daily figures,
-- and the case untouched longest per team is one step down an index per team.

create table case_open_team_count (
    team_id  bigint   not null,
    priority integer  not null,
    open     integer  not null,
    primary key (team_id, priority)
);

create function case_open_count_add(p_status varchar, p_team bigint, p_priority integer, p_sign integer)
    returns void
    language sql as
$$
insert into case_open_team_count as c (team_id, priority, open)
select p_team, p_priority, p_sign
where p_status in ('NEW', 'ACTIVE', 'WAITING', 'REOPENED')
on conflict (team_id, priority) do update set open = c.open + excluded.open;
$$;

create function case_open_count_statistics() returns trigger
    language plpgsql as
$$
begin
    if tg_op in ('UPDATE', 'DELETE') then
        perform case_open_count_add(old.status, old.team_id, old.priority, -1);
    end if;
    if tg_op in ('INSERT', 'UPDATE') then
        perform case_open_count_add(new.status, new.team_id, new.priority, 1);
    end if;
    return null;
end;
$$;

-- Filled from what exists before the triggers start.
insert into case_open_team_count (team_id, priority, open)
select team_id, priority, count(*) from case_file
where status in ('NEW', 'ACTIVE', 'WAITING', 'REOPENED')
group by 1, 2;

create trigger case_open_count_insert_delete
    after insert or delete on case_file
    for each row execute function case_open_count_statistics();
create trigger case_open_count_update
    after update of status, team_id, priority on case_file
    for each row
    when ((old.status, old.team_id, old.priority) is distinct from (new.status, new.team_id, new.priority))
    execute function case_open_count_statistics();

-- The open case untouched longest of one team: the first entry of this index for that team.
create index case_open_team_oldest_idx on case_file (team_id, last_activity_at)
    where status in ('NEW', 'ACTIVE', 'WAITING', 'REOPENED');

-- What reporting reads (the columns are the contract).
create view case_report_open_team as
select team_id, priority, open from case_open_team_count;
