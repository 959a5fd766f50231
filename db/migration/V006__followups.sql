-- Follow-ups: tasks on a case with a due moment and an assignee, scheduled by hand or by the
-- automatic rules (FollowUpRules), their reschedules, e-mail addresses for reminders, and the
-- ShedLock table that lets a scheduled job run once across several application nodes.

create table follow_up (
    id                    bigint generated always as identity primary key,
    version               bigint        not null default 0,
    case_id               bigint        not null references case_file (id) on delete cascade,
    -- Copied from the case (they never change): lists show them without reading the case.
    case_reference        varchar(20)   not null,
    team_id               bigint        not null references team (id),
    kind                  varchar(30)   not null check (kind in ('CALL_BACK', 'CHECK_PLATFORM_ANSWER',
                                              'CHECK_REAPPEARANCE', 'POLICE_FOLLOW_UP', 'OTHER')),
    takedown_request_id   bigint,
    extortion_contact_id  bigint,
    due_at                timestamptz   not null,
    urgent                boolean       not null default false,
    assignee_id           bigint        not null references app_user (id),
    note                  varchar(1000),
    status                varchar(20)   not null check (status in ('OPEN', 'DONE', 'DISMISSED')),
    outcome_note          varchar(1000),
    -- MANUAL, or the code of the automatic rule that created it.
    source                varchar(40)   not null,
    -- For automatic follow-ups: what they were created for, so a repeated event creates nothing new.
    rule_key              varchar(120)  unique,
    created_at            timestamptz   not null,
    created_by            varchar(50)   not null,
    closed_at             timestamptz,
    closed_by             varchar(50),
    -- When the e-mail reminder counted it, so each follow-up is announced once.
    reminded_at           timestamptz
);
create index follow_up_assignee_idx on follow_up (assignee_id, status, due_at);
create index follow_up_case_idx on follow_up (case_id);
create index follow_up_team_open_idx on follow_up (team_id, due_at) where status = 'OPEN';
create index follow_up_unreminded_idx on follow_up (due_at) where status = 'OPEN' and reminded_at is null;

-- Every reschedule: from when to when, why, by whom. Never changed afterwards.
create table follow_up_reschedule (
    id            bigint generated always as identity primary key,
    follow_up_id  bigint        not null references follow_up (id) on delete cascade,
    from_due_at   timestamptz   not null,
    to_due_at     timestamptz   not null,
    reason        varchar(500)  not null,
    occurred_at   timestamptz   not null,
    actor         varchar(50)   not null
);
create index follow_up_reschedule_idx on follow_up_reschedule (follow_up_id, occurred_at);

-- Where reminders go. Optional: without an address a user gets in-app reminders only.
alter table app_user add column email varchar(254);

-- ShedLock (net.javacrumbs.shedlock, JdbcTemplateLockProvider with usingDbTime()).
create table shedlock (
    name        varchar(64)  not null primary key,
    lock_until  timestamp    not null,
    locked_at   timestamp    not null,
    locked_by   varchar(255) not null
);
