-- A supervisor's "closings to approve" list (decision 044). The team's default-sort index walked past
-- some 4,500 other cases of the team to find the first page of 815 waiting closings (220 ms with a
-- cold cache at a million cases); this index holds only the waiting ones, in the list's default order.
create index case_closing_approval_sort_idx on case_file (team_id, priority, opened_at desc, id desc)
    where status = 'CLOSED' and closing_approved_at is null and pseudonymised_at is null;
