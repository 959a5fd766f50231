-- Conversations (decision 027): every contact with the client is a record of its own. The intake is
-- the first; cases opened before this existed get theirs from the case itself, so "contacts per
-- period" counts them too. The summary is free text about the client: encrypted (decision 013),
-- and emptied when the case is pseudonymised.
create table conversation (
    id                bigint generated always as identity primary key,
    version           bigint       not null default 0,
    case_id           bigint       not null references case_file (id) on delete cascade,
    team_id           bigint       not null references team (id),
    channel           varchar(10)  not null check (channel in ('PHONE', 'CHAT', 'EMAIL', 'FORUM', 'WALK_IN', 'VIDEO', 'OTHER')),
    direction         varchar(10)  not null check (direction in ('INCOMING', 'OUTGOING')),
    started_at        timestamptz  not null,
    duration_minutes  integer      check (duration_minutes between 0 and 1440),
    counsellor_id     bigint       references app_user (id),
    language          varchar(10),
    summary           text,
    intake            boolean      not null default false,
    created_at        timestamptz  not null,
    created_by        varchar(50)  not null
);
-- The case's conversations newest first, and "last spoken to".
create index conversation_case_idx on conversation (case_id, started_at desc, id desc);
-- Reporting per period within a team or of one counsellor.
create index conversation_team_started_idx on conversation (team_id, started_at);
create index conversation_counsellor_started_idx on conversation (counsellor_id, started_at);
create unique index conversation_one_intake_idx on conversation (case_id) where intake;

insert into conversation (case_id, team_id, channel, direction, started_at, duration_minutes, counsellor_id, language,
                          summary, intake, created_at, created_by)
select c.id, c.team_id,
       case c.intake_channel when 'REFERRAL' then 'OTHER' else c.intake_channel end,
       'INCOMING', c.opened_at, null, c.counsellor_id, null, null, true, c.opened_at, '(before conversations)'
from case_file c;

-- What the contact figures read: one row per contact, nothing about the client. The reporting module
-- never needs this table, and this module's report never needs the case's content.
create view conversation_contacts as
select id, case_id, team_id, counsellor_id, channel, direction, started_at, coalesce(duration_minutes, 0) as minutes
from conversation;
