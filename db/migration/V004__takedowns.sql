-- Takedowns: the platform catalogue, requests to get one item offline on one platform, their
-- history, and hash-service submissions (StopNCII, Take It Down).

create table platform (
    id                   bigint generated always as identity primary key,
    version              bigint        not null default 0,
    code                 varchar(30)   not null unique,
    name                 varchar(80)   not null,
    -- Which identifiers this platform needs and how they are checked (fixed per platform, in code).
    profile              varchar(20)   not null,
    -- Reporting routes the platform offers, comma-separated (IN_APP, WEB_FORM, EMAIL, PRIORITY_CHANNEL, DSA_NOTICE, HASH_SERVICE, COURT_ORDER).
    routes               varchar(200)  not null,
    max_items_per_report integer       check (max_items_per_report > 0),
    report_language      varchar(10),
    report_url           varchar(300),
    who_may_report_nl    varchar(1000),
    who_may_report_fr    varchar(1000),
    who_may_report_en    varchar(1000),
    guidance_nl          varchar(6000) not null,
    guidance_fr          varchar(6000) not null,
    guidance_en          varchar(6000) not null,
    active               boolean       not null default true,
    sort_order           integer       not null default 100
);

create table takedown_request (
    id                      bigint generated always as identity primary key,
    version                 bigint        not null default 0,
    case_id                 bigint        not null references case_file (id) on delete cascade,
    -- Copied from the case (it never changes): the institute's queue names the case without reading it.
    case_reference          varchar(20)   not null,
    -- Child sexual abuse material: notices then carry no notifier identity (DSA Art. 16(2)(c)).
    minor_involved          boolean       not null,
    platform_id             bigint        not null references platform (id),
    status                  varchar(20)   not null,
    route                   varchar(20)   not null,
    on_behalf_of            varchar(20)   not null check (on_behalf_of in ('CLIENT', 'HELPLINE')),
    content_description     varchar(1000) not null,
    evidence_captured       boolean       not null default false,
    ticket_number           varchar(100),
    decision_text           varchar(2000),
    created_at              timestamptz   not null,
    created_by              varchar(50)   not null,
    submitted_at            timestamptz,
    acknowledged_at         timestamptz,
    decided_at              timestamptz,
    removed_at              timestamptz,
    escalated_at            timestamptz,
    appeal_deadline         date,
    court_order_deadline    timestamptz,
    reappearance_check_on   date,
    last_changed_at         timestamptz   not null
);
create index takedown_case_idx on takedown_request (case_id, created_at desc);
create index takedown_platform_status_idx on takedown_request (platform_id, status);
-- The institute's queue sees escalated requests only.
create index takedown_escalated_idx on takedown_request (escalated_at desc) where escalated_at is not null;
create index takedown_submitted_idx on takedown_request (submitted_at) where submitted_at is not null;
create index takedown_reappearance_idx on takedown_request (reappearance_check_on) where reappearance_check_on is not null;

-- The items a request is about: URLs, usernames, numbers, Discord IDs... normalised.
create table takedown_item (
    id          bigint generated always as identity primary key,
    request_id  bigint       not null references takedown_request (id) on delete cascade,
    position    integer      not null,
    kind        varchar(20)  not null,
    value       varchar(500) not null
);
create index takedown_item_request_idx on takedown_item (request_id, position);

-- Every status change: when, by whom, from what to what. Never changed afterwards.
create table takedown_transition (
    id           bigint generated always as identity primary key,
    request_id   bigint       not null references takedown_request (id) on delete cascade,
    from_status  varchar(20),
    to_status    varchar(20)  not null,
    occurred_at  timestamptz  not null,
    actor        varchar(50)  not null,
    actor_role   varchar(20)
);
create index takedown_transition_request_idx on takedown_transition (request_id, occurred_at, id);

create table hash_submission (
    id            bigint generated always as identity primary key,
    case_id       bigint       not null references case_file (id) on delete cascade,
    service       varchar(20)  not null check (service in ('STOPNCII', 'TAKE_IT_DOWN')),
    case_number   varchar(60)  not null,
    item_count    integer      not null check (item_count > 0),
    submitted_on  date         not null,
    created_at    timestamptz  not null,
    created_by    varchar(50)  not null
);
create index hash_submission_case_idx on hash_submission (case_id);
