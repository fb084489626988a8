-- The complaint reminders' next checks (CMP-19, Complaints.scheduleReminderChecks): kept beside
-- the case, not in its document, not changing its version. '-infinity' = check at once (every
-- save of a case in progress sets it, in the same statement, so a changed case is due at the
-- next run); 'infinity' = never (nothing can fall due until the case is saved again; every save
-- of a case no longer in progress sets it); else the case is due for a run at any instant
-- strictly after it.
--
-- Closed and voided cases, most of the table in time, hold 'infinity' rather than '-infinity':
-- the planner's statistics of the column then show few rows before a run's instant, and it reads
-- the partial index below instead of every case in progress.
ALTER TABLE complaint_case
  ADD COLUMN reminder_check timestamptz NOT NULL DEFAULT 'infinity';
-- Every stored case in progress starts due, as after a save.
UPDATE complaint_case SET reminder_check = '-infinity' WHERE in_progress;
-- A row written by other means than the adapter (a bulk load) is due at once: safe.
ALTER TABLE complaint_case ALTER COLUMN reminder_check SET DEFAULT '-infinity';
-- dueForReminderCheck / dueForReminderCheckAfter: a range scan of the cases in progress whose
-- check is before the run's instant, so a run reads what is due, not every case in progress; the
-- number columns let the keyset condition be checked in the index.
CREATE INDEX complaint_case_reminder_due
  ON complaint_case (reminder_check, series, period_start, serial, number_text)
  WHERE in_progress;
