-- The one search box finds a case by a takedown link (issue 14 point 5, decision 035). The items are
-- encrypted (decision 031), so, like the client's contacts and the extorters' identifiers, a link
-- item carries the keyed hash (HMAC-SHA-256, hex) of its canonical web address (WebAddress: lower-case
-- scheme and host, no default port, no fragment, no trailing slash, no tracking parameters). Only
-- URL and message-link items have one; a pseudonymised item loses it. The Java migration 28.3
-- (HashExistingTakedownLinks) fills it in for the items recorded before.
alter table takedown_item add column link_hash varchar(64);
create index takedown_item_link_idx on takedown_item (link_hash, request_id) where link_hash is not null;
