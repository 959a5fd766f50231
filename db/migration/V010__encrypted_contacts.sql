-- Encryption at rest of the client's contact details and the extorters' identifiers (decision 013).
-- The value columns hold "v1:<key id>:<base64>" (AES-256-GCM) from now on, so they grow; equality
-- lookups use a keyed hash (HMAC-SHA-256, hex) of the normalised value in "lookup_hash".
-- Existing rows are encrypted and hashed by the Java migration 10.1 (EncryptExistingValues), then
-- 10.2 makes the hash mandatory and indexes it.
alter table client_contact alter column value type varchar(2000);
alter table client_contact add column lookup_hash varchar(64);
drop index client_contact_value_idx;

-- "normalised_value" was the plaintext match key; it becomes its keyed hash under a name that says
-- so. The unique constraint and the matching indexes follow the renamed column.
alter table extorter_identifier alter column value type varchar(6000);
alter table extorter_identifier rename column normalised_value to lookup_hash;
