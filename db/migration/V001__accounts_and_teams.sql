-- Accounts, teams and the one-time setup token for the first administrator.

create table team (
    id         bigint generated always as identity primary key,
    version    bigint       not null default 0,
    name       varchar(80)  not null,
    created_at timestamptz  not null
);
create unique index team_name_uk on team (lower(name));

create table app_user (
    id                  bigint generated always as identity primary key,
    version             bigint       not null default 0,
    username            varchar(50)  not null,
    display_name        varchar(100) not null,
    password_hash       varchar(255) not null,
    role                varchar(20)  not null check (role in ('COUNSELLOR', 'SUPERVISOR', 'INSTITUTE_STAFF', 'ADMIN')),
    team_id             bigint references team (id),
    enabled             boolean      not null default true,
    language            varchar(10),
    created_at          timestamptz  not null,
    password_changed_at timestamptz  not null,
    last_login_at       timestamptz,
    -- Counsellors belong to a team and supervisors lead one; the other roles work across teams.
    constraint app_user_team_required check (role not in ('COUNSELLOR', 'SUPERVISOR') or team_id is not null),
    constraint app_user_username_format check (username ~ '^[a-z0-9._-]{3,50}$')
);
create unique index app_user_username_uk on app_user (username);
create index app_user_team_idx on app_user (team_id);
create index app_user_display_name_idx on app_user (lower(display_name));
create index app_user_role_idx on app_user (role);

-- Only a hash of the token is kept; the token itself is shown once, in the log.
create table setup_token (
    id         bigint generated always as identity primary key,
    token_hash varchar(64) not null unique,
    created_at timestamptz not null,
    used_at    timestamptz
);
