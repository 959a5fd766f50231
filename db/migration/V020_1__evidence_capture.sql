-- Issue 14, point 7: the institute's guide asks for screenshots with platform and date visible.
-- Whether they are is recorded per piece of evidence; unknown (null) for what was logged before.
-- captured_at already holds the moment entered by the counsellor (the logging time when none is).
alter table case_evidence add column platform_date_visible boolean;
