-- Append-only audit trail. Rows name who did what to which object, never the personal data itself.

create table audit_event (
    id             bigint generated always as identity primary key,
    occurred_at    timestamptz  not null,
    actor          varchar(50)  not null,
    actor_role     varchar(20),
    action         varchar(20)  not null,
    object_type    varchar(40),
    object_id      varchar(64),
    outcome        varchar(10)  not null check (outcome in ('SUCCESS', 'DENIED', 'FAILED')),
    detail         varchar(120),
    client_address varchar(64)
);
create index audit_event_occurred_idx on audit_event (occurred_at desc);
create index audit_event_object_idx on audit_event (object_type, object_id, occurred_at desc);
create index audit_event_actor_idx on audit_event (actor, occurred_at desc);
create index audit_event_action_idx on audit_event (action, occurred_at desc);

create function audit_event_is_append_only() returns trigger
    language plpgsql as
$$
begin
    raise exception 'audit_event is append-only: % is not allowed', tg_op
        using errcode = 'insufficient_privilege';
end;
$$;

create trigger audit_event_no_update_or_delete
    before update or delete on audit_event
    for each row execute function audit_event_is_append_only();

create trigger audit_event_no_truncate
    before truncate on audit_event
    for each statement execute function audit_event_is_append_only();
