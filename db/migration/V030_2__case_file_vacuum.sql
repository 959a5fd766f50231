-- V030_1 wrote every case once (its harm mask): until the table is vacuumed, the list's index-only
-- walks must visit the table for each entry, and its statistics are those of before. Flyway runs a
-- VACUUM outside a transaction, as PostgreSQL requires. Seconds at a million cases; nothing on a new database.
vacuum (analyze) case_file;
