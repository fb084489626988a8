-- The complaint reminders' next checks (CMP-19, Complaints.scheduleReminderChecks): kept beside
-- the case, not in its document, not changing its version. '-infinity' = check at once (every
-- save of a case in progress sets it, in the same statement, so a changed case is due at the
-- next run); 'infinity' = never (nothing can fall due until the case is saved again; every save
-- of a case no longer in progress sets it); else the case is due for a run at any instant
-- strictly after it.
ALTER TABLE complaint_case
  ADD COLUMN reminder_check timestamptz NOT NULL DEFAULT 'infinity';
-- Every stored case in progress starts due, as after a save.
UPDATE complaint_case SET reminder_check = '-infinity' WHERE in_progress;
-- A case not in progress is never checked: the due queries rely on it (they need not read
-- in_progress, so the planner cannot pick the number index of every case in progress for them),
-- and the planner's statistics of the column then show few rows before a run's instant. A row
-- written by other means than the adapter must keep it: '-infinity' (the default) for a case in
-- progress, 'infinity' otherwise.
ALTER TABLE complaint_case ALTER COLUMN reminder_check SET DEFAULT '-infinity';
ALTER TABLE complaint_case ADD CONSTRAINT complaint_case_reminder_check_in_progress
  CHECK (in_progress OR reminder_check = 'infinity');
-- dueForReminderCheck / dueForReminderCheckAfter: range scans of the cases that may fall due
-- (in progress, not scheduled never), by check instant then number, so a run reads what is due,
-- not every case in progress.
CREATE INDEX complaint_case_reminder_due
  ON complaint_case (reminder_check, series, period_start, serial, number_text)
  WHERE reminder_check < 'infinity';
