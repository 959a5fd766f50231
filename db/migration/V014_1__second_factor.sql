-- Second factor for every account (decision 020).
-- One authenticator-app secret per account, encrypted like every other secret (FieldCipher), with the
-- last time step that signed in: a code is accepted once, never replayed within its 30 seconds.
create table user_totp (
    user_id        bigint      primary key references app_user (id) on delete cascade,
    secret         text        not null,
    last_used_step bigint,
    enrolled_at    timestamptz not null
);

-- One-time recovery codes: only their SHA-256 (80 random bits each), shown once at enrolment.
create table user_recovery_code (
    id         bigint generated always as identity primary key,
    user_id    bigint      not null references app_user (id) on delete cascade,
    code_hash  char(64)    not null,
    created_at timestamptz not null,
    used_at    timestamptz
);
create index user_recovery_code_user_idx on user_recovery_code (user_id);
