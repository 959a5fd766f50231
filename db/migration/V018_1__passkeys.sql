-- Passkeys (WebAuthn) as a second factor beside the authenticator app (decision 018).
-- The two tables are the ones Spring Security's JdbcPublicKeyCredentialUserEntityRepository and
-- JdbcUserCredentialRepository read and write (their names and columns are fixed by those classes).
-- Tied to the account by its username, which never changes: deleting an account deletes its passkeys.

-- The WebAuthn user handle of an account: random bytes (base64url), never the account's id or name.
create table user_entities (
    id           varchar(1000) primary key,
    name         varchar(50)   not null references app_user (username) on delete cascade,
    display_name varchar(200)
);
create unique index user_entities_name_uk on user_entities (name);

-- One row per passkey: its public key only (the private key never leaves the authenticator).
create table user_credentials (
    credential_id                varchar(1000) primary key,
    user_entity_user_id          varchar(1000) not null references user_entities (id) on delete cascade,
    public_key                   bytea         not null,
    signature_count              bigint,
    uv_initialized               boolean,
    backup_eligible              boolean       not null,
    authenticator_transports     varchar(1000),
    public_key_credential_type   varchar(100),
    backup_state                 boolean       not null,
    attestation_object           bytea,
    attestation_client_data_json bytea,
    created                      timestamp,
    last_used                    timestamp,
    label                        varchar(1000) not null
);
create index user_credentials_user_idx on user_credentials (user_entity_user_id);
