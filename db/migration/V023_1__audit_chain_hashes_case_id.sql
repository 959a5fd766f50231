-- The hash chain (decision 030) also covers audit_event.case_id, the case a line belongs to (decision 015).
-- V017_1 as it landed hashed the columns up to client_address; it is not edited (Flyway refuses a changed
-- migration on every installed database): this replaces the canonical text instead. case_id is the new
-- last field, and trailing empty fields are left out, so every row without a case keeps the hash it has;
-- rows with a case sealed from now on are hashed with it (AuditChain.HASHED_COLUMNS lists it too).
create or replace function audit_event_canonical(e audit_event) returns text
    language sql immutable as
$$
select regexp_replace(concat_ws('|',
        audit_chain_field(e.chain_seq::text),
        audit_chain_field(e.id::text),
        audit_chain_field((extract(epoch from e.occurred_at) * 1000000)::bigint::text),
        audit_chain_field(e.actor),
        audit_chain_field(e.actor_role),
        audit_chain_field(e.action),
        audit_chain_field(e.object_type),
        audit_chain_field(e.object_id),
        audit_chain_field(e.outcome),
        audit_chain_field(e.detail),
        audit_chain_field(e.client_address),
        audit_chain_field(e.case_id::text)
    ), '(\|~)+$', '')
$$;
