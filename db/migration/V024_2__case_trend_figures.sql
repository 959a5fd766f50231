-- The cases module's figures for the trends of a team and of all teams (decision 032). At a million
-- cases the daily figures per counsellor (V013_2) are half a million rows, and the median duration of
-- the year's closed cases read 330,000 index entries: 0.4-1.7 s per page for an administrator.
--
-- 1. Per team and day, rolled up from the daily figures per counsellor by triggers on those tables:
--    whatever moves a counsellor's figure moves the team's in the same transaction.
-- 2. Closed cases per week and per month of closing (helpline calendar), team and duration in whole
--    days: the median is computed from this histogram, so it is exact to the day (at most half a day
--    off). Kept by a trigger on case_file like the daily figures.

create table case_opened_team_daily (
    day            date        not null,
    team_id        bigint      not null,
    intake_channel varchar(10) not null,
    opened         integer     not null,
    minors         integer     not null,
    primary key (team_id, day, intake_channel)
);
create index case_opened_team_daily_day_idx on case_opened_team_daily (day);

create table case_harm_opened_team_daily (
    day     date        not null,
    team_id bigint      not null,
    kind    varchar(20) not null,
    opened  integer     not null,
    primary key (team_id, day, kind)
);
create index case_harm_opened_team_daily_day_idx on case_harm_opened_team_daily (day);

create table case_closed_duration (
    -- 'week' (starting Monday) or 'month': the trends' two units.
    unit          varchar(5) not null check (unit in ('week', 'month')),
    period        date       not null,
    team_id       bigint     not null,
    duration_days integer    not null,
    closed        integer    not null,
    primary key (unit, team_id, period, duration_days)
);
create index case_closed_duration_period_idx on case_closed_duration (unit, period);

create function case_opened_team_rollup() returns trigger
    language plpgsql as
$$
begin
    if tg_op in ('UPDATE', 'DELETE') then
        insert into case_opened_team_daily as t (day, team_id, intake_channel, opened, minors)
        values (old.day, old.team_id, old.intake_channel, -old.opened, -old.minors)
        on conflict (team_id, day, intake_channel)
            do update set opened = t.opened + excluded.opened, minors = t.minors + excluded.minors;
    end if;
    if tg_op in ('INSERT', 'UPDATE') then
        insert into case_opened_team_daily as t (day, team_id, intake_channel, opened, minors)
        values (new.day, new.team_id, new.intake_channel, new.opened, new.minors)
        on conflict (team_id, day, intake_channel)
            do update set opened = t.opened + excluded.opened, minors = t.minors + excluded.minors;
    end if;
    return null;
end;
$$;

create function case_harm_opened_team_rollup() returns trigger
    language plpgsql as
$$
begin
    if tg_op in ('UPDATE', 'DELETE') then
        insert into case_harm_opened_team_daily as t (day, team_id, kind, opened)
        values (old.day, old.team_id, old.kind, -old.opened)
        on conflict (team_id, day, kind) do update set opened = t.opened + excluded.opened;
    end if;
    if tg_op in ('INSERT', 'UPDATE') then
        insert into case_harm_opened_team_daily as t (day, team_id, kind, opened)
        values (new.day, new.team_id, new.kind, new.opened)
        on conflict (team_id, day, kind) do update set opened = t.opened + excluded.opened;
    end if;
    return null;
end;
$$;

create function case_closed_duration_add(p_status varchar, p_opened_at timestamptz, p_closed_at timestamptz,
                                         p_team bigint, p_sign integer) returns void
    language sql as
$$
insert into case_closed_duration as d (unit, period, team_id, duration_days, closed)
select u.unit, date_trunc(u.unit, p_closed_at at time zone 'Europe/Brussels')::date, p_team,
       round(extract(epoch from p_closed_at - p_opened_at) / 86400.0)::integer, p_sign
from (values ('week'), ('month')) as u(unit)
where p_status = 'CLOSED' and p_closed_at is not null
on conflict (unit, team_id, period, duration_days) do update set closed = d.closed + excluded.closed;
$$;

create function case_closed_statistics() returns trigger
    language plpgsql as
$$
begin
    if tg_op in ('UPDATE', 'DELETE') then
        perform case_closed_duration_add(old.status, old.opened_at, old.closed_at, old.team_id, -1);
    end if;
    if tg_op in ('INSERT', 'UPDATE') then
        perform case_closed_duration_add(new.status, new.opened_at, new.closed_at, new.team_id, 1);
    end if;
    return null;
end;
$$;

-- Filled from what exists before the triggers start.
insert into case_opened_team_daily (day, team_id, intake_channel, opened, minors)
select day, team_id, intake_channel, sum(opened), sum(minors) from case_opened_daily group by 1, 2, 3;

insert into case_harm_opened_team_daily (day, team_id, kind, opened)
select day, team_id, kind, sum(opened) from case_harm_opened_daily group by 1, 2, 3;

insert into case_closed_duration (unit, period, team_id, duration_days, closed)
select u.unit, date_trunc(u.unit, c.closed_at at time zone 'Europe/Brussels')::date, c.team_id,
       round(extract(epoch from c.closed_at - c.opened_at) / 86400.0)::integer, count(*)
from case_file c cross join (values ('week'), ('month')) as u(unit)
where c.status = 'CLOSED' and c.closed_at is not null
group by 1, 2, 3, 4;

create trigger case_opened_team_rollup
    after insert or update or delete on case_opened_daily
    for each row execute function case_opened_team_rollup();
create trigger case_harm_opened_team_rollup
    after insert or update or delete on case_harm_opened_daily
    for each row execute function case_harm_opened_team_rollup();
create trigger case_closed_statistics_insert_delete
    after insert or delete on case_file
    for each row execute function case_closed_statistics();
create trigger case_closed_statistics_update
    after update of status, opened_at, closed_at, team_id on case_file
    for each row
    when ((old.status, old.opened_at, old.closed_at, old.team_id)
          is distinct from (new.status, new.opened_at, new.closed_at, new.team_id))
    execute function case_closed_statistics();

-- The views reporting reads (the columns are the contract).
create view case_report_opened_team as
select day, team_id, intake_channel, opened, minors from case_opened_team_daily;

create view case_report_harms_opened_team as
select day, team_id, kind, opened from case_harm_opened_team_daily;

create view case_report_closed_durations as
select unit, period, team_id, duration_days, closed from case_closed_duration;
