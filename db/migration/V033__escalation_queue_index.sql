-- The institute's queue (EscalationQueue) finds a page's ids on this index alone, in its order (newest
-- escalation first, the id breaking ties), then reads those rows: a page far down walks index entries,
-- not the rows before it (the 500th page read 25,000 rows, 28 ms, at 190,000 escalations). Replaces the
-- index on the time alone, which nothing else used.
create index takedown_escalated_queue_idx on takedown_request (escalated_at desc, id desc)
    where escalated_at is not null;
drop index takedown_escalated_idx;
