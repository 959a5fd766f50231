-- Break-the-glass (decision 022): a counsellor or supervisor opens a case outside their scope in an
-- emergency, with a reason, for a limited time; supervisors of the case's team review each opening.
create table case_emergency_access (
    id          bigint generated always as identity primary key,
    case_id     bigint      not null references case_file (id) on delete cascade,
    user_id     bigint      not null references app_user (id),
    team_id     bigint      references team (id),   -- the case's team when opened: whose supervisors review it
    reason      text        not null,               -- encrypted (FieldCipher): it may say why this client needs help
    opened_at   timestamptz not null,
    expires_at  timestamptz not null,
    reviewed_at timestamptz,
    reviewed_by bigint      references app_user (id),
    version     bigint      not null default 0,
    constraint case_emergency_access_expiry check (expires_at > opened_at),
    constraint case_emergency_access_review check ((reviewed_at is null) = (reviewed_by is null))
);
-- The access check: is there an unexpired opening of this case by this user?
create index case_emergency_access_user_case_idx on case_emergency_access (user_id, case_id, expires_at);
-- The supervisors' list: a team's openings not yet reviewed, newest first.
create index case_emergency_access_review_idx on case_emergency_access (team_id, opened_at desc, id desc)
    where reviewed_at is null;
create index case_emergency_access_case_idx on case_emergency_access (case_id);
