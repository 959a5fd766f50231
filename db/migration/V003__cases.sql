-- Cases: the client (possibly anonymous), what happened, and everything done about it.
-- Other aggregates (teams, users) are referenced by id only.

create table case_reference_counter (
    year       integer primary key,
    last_value integer not null
);

create table case_file (
    id                  bigint generated always as identity primary key,
    version             bigint       not null default 0,
    reference           varchar(20)  not null unique,
    status              varchar(10)  not null check (status in ('NEW', 'ACTIVE', 'WAITING', 'CLOSED', 'REOPENED')),
    waiting_on          varchar(10)  check (waiting_on in ('CLIENT', 'PLATFORM', 'POLICE')),
    closing_reason      varchar(30),
    priority            integer      not null check (priority between 0 and 2), -- 0 urgent, 1 high, 2 normal
    intake_channel      varchar(10)  not null,
    team_id             bigint       not null references team (id),
    counsellor_id       bigint       references app_user (id),
    opened_at           timestamptz  not null,
    opened_by           varchar(50)  not null,
    closed_at           timestamptz,
    last_activity_at    timestamptz  not null,
    client_alias        varchar(60)  not null,
    client_age_now      integer      check (client_age_now between 0 and 120),
    client_birth_year   integer,
    age_at_images       integer      check (age_at_images between 0 and 120),
    preferred_language  varchar(10),
    risk_minor          boolean      not null default false,
    risk_self_harm      boolean      not null default false,
    risk_deadline       boolean      not null default false,
    minor_involved      boolean      not null,
    summary             varchar(2000),
    constraint case_waiting_reason check ((status = 'WAITING') = (waiting_on is not null)),
    constraint case_closing_reason check ((status = 'CLOSED') = (closing_reason is not null))
);
-- The list filters by scope (team, counsellor) and status, sorts by priority and dates.
create index case_team_status_idx on case_file (team_id, status, priority, opened_at desc);
create index case_counsellor_status_idx on case_file (counsellor_id, status, priority, opened_at desc);
create index case_opened_idx on case_file (opened_at desc);
create index case_priority_idx on case_file (priority, opened_at desc);
create index case_activity_idx on case_file (last_activity_at);
create index case_alias_prefix_idx on case_file (lower(client_alias) text_pattern_ops);
-- Quick search by the number alone ("123" finds VN-2026-000123): the part after 'VN-YYYY-'.
create index case_reference_number_idx on case_file (substring(reference from 9));

create table case_harm (
    case_id bigint      not null references case_file (id) on delete cascade,
    kind    varchar(20) not null,
    primary key (case_id, kind)
);
create index case_harm_kind_idx on case_harm (kind, case_id);

create table case_share (
    case_id   bigint      not null references case_file (id) on delete cascade,
    user_id   bigint      not null references app_user (id),
    shared_at timestamptz not null,
    shared_by varchar(50) not null,
    primary key (case_id, user_id)
);
create index case_share_user_idx on case_share (user_id, case_id);

-- Contact details are optional; the value is stored normalised so a returning client is recognised.
create table client_contact (
    id              bigint generated always as identity primary key,
    case_id         bigint       not null references case_file (id) on delete cascade,
    kind            varchar(10)  not null check (kind in ('PHONE', 'EMAIL', 'OTHER')),
    value           varchar(200) not null,
    safe_to_call    boolean      not null default false,
    safe_voicemail  boolean      not null default false,
    safe_to_write   boolean      not null default false
);
create index client_contact_case_idx on client_contact (case_id);
create index client_contact_value_idx on client_contact (kind, value);

-- The timeline: notes and everything that happened, from this module and others. Entries are never
-- changed: a correction is a new entry pointing at the one it corrects.
create table case_timeline_entry (
    id           bigint generated always as identity primary key,
    case_id      bigint        not null references case_file (id) on delete cascade,
    occurred_at  timestamptz   not null,
    actor        varchar(50)   not null,
    entry_type   varchar(30)   not null,
    message_key  varchar(80),
    arguments    varchar(500),
    body         varchar(4000),
    corrects_id  bigint        references case_timeline_entry (id)
);
create index case_timeline_case_idx on case_timeline_entry (case_id, occurred_at desc, id desc);
-- "Corrected by" is looked up per note, and erasing a case checks this reference.
create index case_timeline_corrects_idx on case_timeline_entry (corrects_id) where corrects_id is not null;

create function case_timeline_is_append_only() returns trigger
    language plpgsql as
$$
begin
    raise exception 'case_timeline_entry is append-only: corrections are new entries'
        using errcode = 'insufficient_privilege';
end;
$$;
create trigger case_timeline_no_update
    before update on case_timeline_entry
    for each row execute function case_timeline_is_append_only();

-- Consent is a history: each row gives or withdraws consent for one kind of action.
create table case_consent (
    id           bigint generated always as identity primary key,
    case_id      bigint       not null references case_file (id) on delete cascade,
    action_kind  varchar(30)  not null,
    given        boolean      not null,
    how          varchar(10)  not null check (how in ('VERBAL', 'WRITTEN')),
    recorded_at  timestamptz  not null,
    recorded_by  varchar(50)  not null
);
create index case_consent_case_idx on case_consent (case_id, action_kind, recorded_at desc, id desc);

create table case_referral (
    id          bigint generated always as identity primary key,
    version     bigint       not null default 0,
    case_id     bigint       not null references case_file (id) on delete cascade,
    partner     varchar(30)  not null,
    other_name  varchar(100),
    status      varchar(10)  not null check (status in ('SUGGESTED', 'MADE', 'ACCEPTED', 'DECLINED')),
    status_date date         not null,
    created_at  timestamptz  not null
);
create index case_referral_case_idx on case_referral (case_id);

create table police_complaint (
    case_id             bigint       primary key references case_file (id) on delete cascade,
    version             bigint       not null default 0,
    wish                varchar(10)  not null check (wish in ('UNDECIDED', 'WANTED', 'NOT_WANTED')),
    filed_on            date,
    police_zone         varchar(100),
    record_number       varchar(40),
    prosecutor_outcome  varchar(20),
    notes               varchar(2000),
    updated_at          timestamptz  not null
);

create table case_evidence (
    id                   bigint generated always as identity primary key,
    case_id              bigint        not null references case_file (id) on delete cascade,
    kind                 varchar(20)   not null,
    platform             varchar(60),
    item                 varchar(500),
    description          varchar(1000) not null,
    captured_at          timestamptz   not null,
    captured_by          varchar(50)   not null,
    file_name            varchar(200),
    file_type            varchar(40),
    file_size            bigint,
    file_sha256          varchar(64),
    storage_key          varchar(80),
    no_nudity_confirmed  boolean       not null default false,
    constraint evidence_file_needs_confirmation check (storage_key is null or no_nudity_confirmed)
);
create index case_evidence_case_idx on case_evidence (case_id, captured_at desc);

-- A safety net under the domain rule: no file is ever stored for a case that involves a minor, or
-- whose client's age when the images were made is not known to be adult.
create function case_evidence_no_file_for_minors() returns trigger
    language plpgsql as
$$
begin
    if new.storage_key is not null and exists (
        select 1 from case_file c
        where c.id = new.case_id and (c.minor_involved or c.age_at_images is null or c.age_at_images < 18)) then
        raise exception 'no file may be stored for a case that involves a minor'
            using errcode = 'check_violation';
    end if;
    return new;
end;
$$;
create trigger case_evidence_file_guard
    before insert or update on case_evidence
    for each row execute function case_evidence_no_file_for_minors();
