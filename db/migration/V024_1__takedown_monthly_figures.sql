-- The takedowns module's monthly figures (decision 032): the outcomes per platform and the yearly
-- transparency report read a few thousand monthly rows instead of every request of the period.
-- At a million cases (3 million requests) the period's requests, each with two look-ups in
-- takedown_transition, took 6-10 s; the notices of a year joined with the harms of their cases 2.7 s.
--
-- Kept up to date by triggers in the same transaction as every write to takedown_request and
-- takedown_transition, like the cases module's daily figures (V013_2). A month is a calendar month
-- of the helpline (Europe/Brussels). Time to removal is kept as whole hours, so the median and the
-- 90th percentile are computed from a histogram: exact to the hour (half an hour at most off).

-- Whether a request was ever refused or ever reappeared (its status may have moved on since).
alter table takedown_request
    add column ever_refused    boolean not null default false,
    add column ever_reappeared boolean not null default false,
    -- The kinds of harm of the request's case, sorted and comma-separated ('' when none): the type of
    -- content of the transparency report. Copied from the case like case_reference and kept in step by
    -- the takedowns module when the case's details change (TakedownCaseFacts).
    add column harm_kinds      varchar(200) not null default '';

-- Per month of creation, platform, route and current status.
create table takedown_outcome_monthly (
    month       date        not null,
    platform_id bigint      not null,
    route       varchar(20) not null,
    status      varchar(20) not null,
    requests    integer     not null,
    decided     integer     not null,
    removed     integer     not null,
    refused     integer     not null,
    reappeared  integer     not null,
    primary key (month, platform_id, route, status)
);

-- Per month of creation, platform and route: how many removals took how many whole hours.
create table takedown_removal_hours_monthly (
    month       date        not null,
    platform_id bigint      not null,
    route       varchar(20) not null,
    hours       integer     not null,
    removals    integer     not null,
    primary key (month, platform_id, route, hours)
);

-- Notices per month of submission, platform, current status and type of content (one row per kind
-- of harm of the case; UNSPECIFIED when it has none): DSA Art. 22.
create table takedown_notice_monthly (
    month        date        not null,
    platform_id  bigint      not null,
    status       varchar(20) not null,
    content_type varchar(20) not null,
    notices      integer     not null,
    -- Each notice once (under the first of its kinds): the report's total without double counting.
    counted_once integer     not null,
    primary key (month, platform_id, status, content_type)
);

create function takedown_month(p_at timestamptz) returns date
    language sql immutable as
$$
select date_trunc('month', p_at at time zone 'Europe/Brussels')::date;
$$;

-- Adds (p_sign = 1) or takes away (-1) the share of the given requests in the monthly figures, one
-- grouped upsert per table: a statement touching thousands of requests costs a few grouped writes.
create function takedown_figures_apply(p_rows takedown_request[], p_sign integer) returns void
    language plpgsql as
$$
begin
    if cardinality(p_rows) = 0 then
        return;
    end if;
    insert into takedown_outcome_monthly as m (month, platform_id, route, status, requests, decided, removed,
                                               refused, reappeared)
    select takedown_month(r.created_at), r.platform_id, r.route, r.status, p_sign * count(*),
           p_sign * count(*) filter (where r.decided_at is not null),
           p_sign * count(*) filter (where r.removed_at is not null),
           p_sign * count(*) filter (where r.status = 'REFUSED' or r.ever_refused),
           p_sign * count(*) filter (where r.status = 'REAPPEARED' or r.ever_reappeared)
    from unnest(p_rows) r
    group by 1, 2, 3, 4
    on conflict (month, platform_id, route, status) do update
        set requests = m.requests + excluded.requests, decided = m.decided + excluded.decided,
            removed = m.removed + excluded.removed, refused = m.refused + excluded.refused,
            reappeared = m.reappeared + excluded.reappeared;
    insert into takedown_removal_hours_monthly as h (month, platform_id, route, hours, removals)
    select takedown_month(r.created_at), r.platform_id, r.route,
           round(extract(epoch from r.removed_at - r.submitted_at) / 3600.0)::integer, p_sign * count(*)
    from unnest(p_rows) r
    where r.removed_at is not null and r.submitted_at is not null
    group by 1, 2, 3, 4
    on conflict (month, platform_id, route, hours) do update set removals = h.removals + excluded.removals;
    insert into takedown_notice_monthly as n (month, platform_id, status, content_type, notices, counted_once)
    select takedown_month(r.submitted_at), r.platform_id, r.status, k.kind, p_sign * count(*),
           p_sign * count(*) filter (where k.ord = 1)
    from unnest(p_rows) r
         cross join lateral unnest(case when r.harm_kinds = '' then array['UNSPECIFIED']
                                        else string_to_array(r.harm_kinds, ',') end) with ordinality as k(kind, ord)
    where r.submitted_at is not null
    group by 1, 2, 3, 4
    on conflict (month, platform_id, status, content_type) do update
        set notices = n.notices + excluded.notices, counted_once = n.counted_once + excluded.counted_once;
end;
$$;

-- Statement-level triggers over the transition tables (so a bulk insert or a cascade of a case's
-- erasure is one grouped write, not one per request).
create function takedown_request_inserted() returns trigger
    language plpgsql as
$$
begin
    perform takedown_figures_apply(array(select n::takedown_request from new_requests n), 1);
    return null;
end;
$$;

create function takedown_request_deleted() returns trigger
    language plpgsql as
$$
begin
    perform takedown_figures_apply(array(select o::takedown_request from old_requests o), -1);
    return null;
end;
$$;

-- Only requests whose figures can have moved (not a new ticket number or a version bump).
create function takedown_request_updated() returns trigger
    language plpgsql as
$$
declare
    moved bigint[];
begin
    moved := array(select o.id from old_requests o join new_requests n on n.id = o.id
                   where (o.created_at, o.platform_id, o.route, o.status, o.submitted_at, o.decided_at, o.removed_at,
                          o.ever_refused, o.ever_reappeared, o.harm_kinds)
                         is distinct from (n.created_at, n.platform_id, n.route, n.status, n.submitted_at, n.decided_at,
                                           n.removed_at, n.ever_refused, n.ever_reappeared, n.harm_kinds));
    if cardinality(moved) > 0 then
        perform takedown_figures_apply(array(select o::takedown_request from old_requests o where o.id = any (moved)), -1);
        perform takedown_figures_apply(array(select n::takedown_request from new_requests n where n.id = any (moved)), 1);
    end if;
    return null;
end;
$$;

-- A transition to REFUSED or REAPPEARED marks the request for good (the update moves its figures).
create function takedown_transition_marks() returns trigger
    language plpgsql as
$$
begin
    update takedown_request
    set ever_refused = ever_refused or new.to_status = 'REFUSED',
        ever_reappeared = ever_reappeared or new.to_status = 'REAPPEARED'
    where id = new.request_id
      and ((new.to_status = 'REFUSED' and not ever_refused) or (new.to_status = 'REAPPEARED' and not ever_reappeared));
    return null;
end;
$$;
-- Recomputes every figure from the requests: for this migration, and for bulk loads that insert with
-- triggers off (the benchmark's seeding).
create function takedown_figures_rebuild() returns void
    language plpgsql as
$$
begin
    update takedown_request t
    set ever_refused = exists (select 1 from takedown_transition r where r.request_id = t.id and r.to_status = 'REFUSED'),
        ever_reappeared = exists (select 1 from takedown_transition r
                                  where r.request_id = t.id and r.to_status = 'REAPPEARED')
    where t.id in (select request_id from takedown_transition where to_status in ('REFUSED', 'REAPPEARED'));
    -- delete, not truncate: the application role may run a recount too, and it may not truncate.
    delete from takedown_outcome_monthly;
    delete from takedown_removal_hours_monthly;
    delete from takedown_notice_monthly;
    insert into takedown_outcome_monthly (month, platform_id, route, status, requests, decided, removed, refused,
                                          reappeared)
    select takedown_month(created_at), platform_id, route, status, count(*),
           count(*) filter (where decided_at is not null), count(*) filter (where removed_at is not null),
           count(*) filter (where status = 'REFUSED' or ever_refused),
           count(*) filter (where status = 'REAPPEARED' or ever_reappeared)
    from takedown_request group by 1, 2, 3, 4;
    insert into takedown_removal_hours_monthly (month, platform_id, route, hours, removals)
    select takedown_month(created_at), platform_id, route,
           round(extract(epoch from removed_at - submitted_at) / 3600.0)::integer, count(*)
    from takedown_request where removed_at is not null and submitted_at is not null
    group by 1, 2, 3, 4;
    insert into takedown_notice_monthly (month, platform_id, status, content_type, notices, counted_once)
    select takedown_month(t.submitted_at), t.platform_id, t.status, k.kind, count(*), count(*) filter (where k.ord = 1)
    from takedown_request t
         cross join lateral unnest(case when t.harm_kinds = '' then array['UNSPECIFIED']
                                        else string_to_array(t.harm_kinds, ',') end) with ordinality as k(kind, ord)
    where t.submitted_at is not null
    group by 1, 2, 3, 4;
end;
$$;

-- The kinds of harm of existing requests, from the view the cases module offers for reporting.
update takedown_request t
set harm_kinds = h.kinds
from (select case_id, string_agg(kind, ',' order by kind) as kinds from case_report_harms group by case_id) h
where h.case_id = t.case_id;

select takedown_figures_rebuild();

-- What reporting reads for the transparency report (decision 017: the module's view is the contract).
create view takedown_report_notices_monthly as
select n.month, p.name as platform_name, p.sort_order as platform_order, n.status, n.content_type, n.notices,
       n.counted_once
from takedown_notice_monthly n join platform p on p.id = n.platform_id;

-- The notices one by one are no longer read by anyone.
drop view takedown_report_notices;

-- The triggers last: the backfill above is one pass, not three million single-row updates.
create trigger takedown_request_figures_insert
    after insert on takedown_request referencing new table as new_requests
    for each statement execute function takedown_request_inserted();
create trigger takedown_request_figures_update
    after update on takedown_request referencing old table as old_requests new table as new_requests
    for each statement execute function takedown_request_updated();
create trigger takedown_request_figures_delete
    after delete on takedown_request referencing old table as old_requests
    for each statement execute function takedown_request_deleted();

create trigger takedown_transition_marks
    after insert on takedown_transition
    for each row when (new.to_status in ('REFUSED', 'REAPPEARED'))
    execute function takedown_transition_marks();
