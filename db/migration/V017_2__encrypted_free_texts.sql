-- Encryption of the free texts about the client (decision 031). The columns hold
-- "v1:<key id>:<base64>" (AES-256-GCM) from now on, about 4/3 of the UTF-8 bytes plus 40 characters:
-- they widen so that the longest text the domain allows, in any script, still fits. The Java
-- migration 17.3 (EncryptExistingFreeTexts) encrypts the rows written before.
alter table case_file alter column summary type varchar(12000);
alter table case_timeline_entry alter column body type varchar(22000);
alter table police_complaint alter column record_number type varchar(400),
                             alter column notes type varchar(12000);
alter table case_evidence alter column description type varchar(6000);
alter table takedown_request alter column content_description type varchar(6000),
                             alter column ticket_number type varchar(800),
                             alter column decision_text type varchar(12000);
alter table takedown_item alter column value type varchar(3000);
alter table extorter alter column notes type varchar(6000);
alter table extortion_contact alter column threat type varchar(3000),
                              alter column channel_other type varchar(400);
alter table follow_up alter column note type varchar(6000),
                      alter column outcome_note type varchar(6000);
alter table follow_up_reschedule alter column reason type varchar(3000);
-- The other texts typed about the client's case that name people, places or accounts.
alter table case_evidence alter column item type varchar(3000),
                          alter column file_name type varchar(1200);
alter table police_complaint alter column police_zone type varchar(700);
alter table case_referral alter column other_name type varchar(700);
alter table extorter alter column label type varchar(400);
alter table money_recovery alter column institution type varchar(700),
                           alter column reference type varchar(400);

-- Re-encryption under a new data key (DataKeyRotation) must rewrite note texts too. The timeline stays
-- append-only; the one more exception: replacing an encrypted body by another encrypted body, nothing
-- else, in a transaction that declared it with set_config('vangnet.reencrypt', 'on', true). What the
-- new ciphertext says cannot be checked here (the database has no key): decision 031 weighs this.
create or replace function case_timeline_is_append_only() returns trigger
    language plpgsql as
$$
begin
    if tg_op = 'UPDATE'
            and (new.id, new.case_id, new.occurred_at, new.actor, new.entry_type, new.message_key, new.arguments,
                 new.corrects_id)
                is not distinct from
                (old.id, old.case_id, old.occurred_at, old.actor, old.entry_type, old.message_key, old.arguments,
                 old.corrects_id) then
        if coalesce(current_setting('vangnet.purge', true), '') = 'on'
                and old.body is not null
                and new.body = '[pseudonymised]'
                and exists (select 1 from case_file c where c.id = old.case_id and c.pseudonymised_at is not null) then
            return new;
        end if;
        if coalesce(current_setting('vangnet.reencrypt', true), '') = 'on'
                and old.body like 'v1:%' and new.body like 'v1:%' then
            return new;
        end if;
    end if;
    raise exception 'case_timeline_entry is append-only: corrections are new entries'
        using errcode = 'insufficient_privilege';
end;
$$;
