-- Aggravating circumstances noted for the police (issue 14 point 4, decision 036): the equality
-- institute's guide asks the client to mention malicious intent or profit, and gender-based hatred or
-- contempt, because either can make the sentence heavier. Facts the counsellor ticks, not free text:
-- what points at them goes in the complaint's (encrypted) notes.
alter table police_complaint
    add column malicious_intent_or_profit boolean not null default false,
    add column gender_based_hatred        boolean not null default false;
