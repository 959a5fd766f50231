-- After 10.1 encrypted and hashed every existing row: the hash is mandatory and indexed ("already
-- known?" by phone number or e-mail address); the identifiers' match key shrinks to the hash.
alter table client_contact alter column lookup_hash set not null;
create index client_contact_lookup_idx on client_contact (kind, lookup_hash);
alter table extorter_identifier alter column lookup_hash type varchar(64);
