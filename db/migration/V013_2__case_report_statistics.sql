-- The cases module's figures for reporting (decisions 017 and 001): reporting reads these views and
-- tables, never case_file or case_harm themselves, so a change to those tables breaks only this file.
--
-- New cases per day, team, counsellor and intake channel, and per day and kind of harm, are kept up
-- to date by triggers in the same transaction as every write to case_file and case_harm: the case
-- trends sum a few thousand daily rows instead of reading hundreds of thousands of cases. A day is
-- the helpline's calendar day (Europe/Brussels), so weeks and months group exactly as before. A case
-- without a counsellor counts under counsellor 0 (no account has that id).

create table case_opened_daily (
    day            date        not null,
    team_id        bigint      not null,
    counsellor_id  bigint      not null,
    intake_channel varchar(10) not null,
    opened         integer     not null,
    minors         integer     not null,
    primary key (team_id, day, counsellor_id, intake_channel)
);
create index case_opened_daily_counsellor_idx on case_opened_daily (counsellor_id, day);
create index case_opened_daily_day_idx on case_opened_daily (day);

create table case_harm_opened_daily (
    day            date        not null,
    team_id        bigint      not null,
    counsellor_id  bigint      not null,
    kind           varchar(20) not null,
    opened         integer     not null,
    primary key (team_id, day, counsellor_id, kind)
);
create index case_harm_opened_daily_counsellor_idx on case_harm_opened_daily (counsellor_id, day);
create index case_harm_opened_daily_day_idx on case_harm_opened_daily (day);

create function case_opened_daily_add(p_opened_at timestamptz, p_team bigint, p_counsellor bigint,
                                      p_channel varchar, p_minor boolean, p_sign integer) returns void
    language sql as
$$
insert into case_opened_daily as d (day, team_id, counsellor_id, intake_channel, opened, minors)
values ((p_opened_at at time zone 'Europe/Brussels')::date, p_team, coalesce(p_counsellor, 0), p_channel,
        p_sign, case when p_minor then p_sign else 0 end)
on conflict (team_id, day, counsellor_id, intake_channel)
    do update set opened = d.opened + excluded.opened, minors = d.minors + excluded.minors;
$$;

create function case_harm_opened_daily_add(p_opened_at timestamptz, p_team bigint, p_counsellor bigint,
                                           p_kind varchar, p_sign integer) returns void
    language sql as
$$
insert into case_harm_opened_daily as d (day, team_id, counsellor_id, kind, opened)
values ((p_opened_at at time zone 'Europe/Brussels')::date, p_team, coalesce(p_counsellor, 0), p_kind, p_sign)
on conflict (team_id, day, counsellor_id, kind) do update set opened = d.opened + excluded.opened;
$$;

create function case_file_statistics() returns trigger
    language plpgsql as
$$
declare
    harm record;
begin
    if tg_op in ('UPDATE', 'DELETE') then
        perform case_opened_daily_add(old.opened_at, old.team_id, old.counsellor_id, old.intake_channel,
                                      old.minor_involved, -1);
    end if;
    if tg_op in ('INSERT', 'UPDATE') then
        perform case_opened_daily_add(new.opened_at, new.team_id, new.counsellor_id, new.intake_channel,
                                      new.minor_involved, 1);
    end if;
    -- The harms of a case move with it when it changes counsellor or team (reassignment).
    if tg_op = 'UPDATE' and (old.team_id, old.counsellor_id, old.opened_at)
            is distinct from (new.team_id, new.counsellor_id, new.opened_at) then
        for harm in select kind from case_harm where case_id = new.id loop
            perform case_harm_opened_daily_add(old.opened_at, old.team_id, old.counsellor_id, harm.kind, -1);
            perform case_harm_opened_daily_add(new.opened_at, new.team_id, new.counsellor_id, harm.kind, 1);
        end loop;
    end if;
    return null;
end;
$$;
create trigger case_file_statistics_insert_delete
    after insert or delete on case_file
    for each row execute function case_file_statistics();
create trigger case_file_statistics_update
    after update of opened_at, team_id, counsellor_id, intake_channel, minor_involved on case_file
    for each row
    when ((old.opened_at, old.team_id, old.counsellor_id, old.intake_channel, old.minor_involved)
          is distinct from (new.opened_at, new.team_id, new.counsellor_id, new.intake_channel, new.minor_involved))
    execute function case_file_statistics();

create function case_harm_statistics() returns trigger
    language plpgsql as
$$
declare
    c record;
begin
    select opened_at, team_id, counsellor_id into c from case_file
    where id = case when tg_op = 'DELETE' then old.case_id else new.case_id end;
    if not found then
        return null; -- the case itself is being deleted: its rows went with it
    end if;
    if tg_op in ('UPDATE', 'DELETE') then
        perform case_harm_opened_daily_add(c.opened_at, c.team_id, c.counsellor_id, old.kind, -1);
    end if;
    if tg_op in ('INSERT', 'UPDATE') then
        perform case_harm_opened_daily_add(c.opened_at, c.team_id, c.counsellor_id, new.kind, 1);
    end if;
    return null;
end;
$$;
create trigger case_harm_statistics
    after insert or update or delete on case_harm
    for each row execute function case_harm_statistics();

insert into case_opened_daily (day, team_id, counsellor_id, intake_channel, opened, minors)
select (opened_at at time zone 'Europe/Brussels')::date, team_id, coalesce(counsellor_id, 0), intake_channel,
       count(*), count(*) filter (where minor_involved)
from case_file group by 1, 2, 3, 4;

insert into case_harm_opened_daily (day, team_id, counsellor_id, kind, opened)
select (c.opened_at at time zone 'Europe/Brussels')::date, c.team_id, coalesce(c.counsellor_id, 0), h.kind, count(*)
from case_file c join case_harm h on h.case_id = c.id group by 1, 2, 3, 4;

-- The views reporting reads. Their columns are the contract; the tables behind them are the module's.
create view case_report_opened as
select day, team_id, counsellor_id, intake_channel, opened, minors from case_opened_daily;

create view case_report_harms_opened as
select day, team_id, counsellor_id, kind, opened from case_harm_opened_daily;

-- Closed cases with their duration: the median needs each duration, so this reads case_file, on
-- covering indexes over the closing date (no row of the table is read, only index entries).
create view case_report_closings as
select id as case_id, team_id, counsellor_id, closed_at, opened_at
from case_file where status = 'CLOSED';
create index case_closed_team_cover_idx on case_file (team_id, closed_at) include (opened_at)
    where status = 'CLOSED';
create index case_closed_counsellor_cover_idx on case_file (counsellor_id, closed_at) include (opened_at)
    where status = 'CLOSED';
create index case_closed_cover_idx on case_file (closed_at) include (opened_at, team_id)
    where status = 'CLOSED';

-- The workload: open cases per counsellor or team by priority, and the ones untouched longest.
create view case_report_open as
select id as case_id, team_id, counsellor_id, priority, last_activity_at
from case_file where status in ('NEW', 'ACTIVE', 'WAITING', 'REOPENED');
create index case_open_team_idx on case_file (team_id, counsellor_id, priority, last_activity_at, id)
    where status in ('NEW', 'ACTIVE', 'WAITING', 'REOPENED');
create index case_open_counsellor_idx on case_file (counsellor_id, priority, last_activity_at, id)
    where status in ('NEW', 'ACTIVE', 'WAITING', 'REOPENED');

-- Cases opened in a period, per team and counsellor (the workload's "opened this month").
create view case_report_cases as
select id as case_id, team_id, counsellor_id, opened_at, closed_at from case_file;

-- The kinds of harm of a case (the transparency report's type of content).
create view case_report_harms as
select case_id, kind from case_harm;
