-- The service-level sweep's next check per request (issue 14: a run reads only the requests due,
-- O(due), not every open request). Kept beside the request by JdbcServiceRequests — not in its
-- document, not bumping its version:
--   '-infinity' = check at once: set by every save, in the save's own statement, and by
--                 ServiceRequests.resetSweepChecks (ServiceLevelSweep.recheckAll);
--   an instant  = the sweep's next check (ServiceLevelWatch.nextCheck): a run at an instant
--                 strictly after it finds the request due;
--   'infinity'  = never: nothing can become due until the request is saved again.
-- The default makes every stored request due at once: the first run after this migration reads
-- every open request once and schedules each.
ALTER TABLE service_request
  ADD COLUMN sweep_check_at timestamptz NOT NULL DEFAULT '-infinity';

-- dueForSweep(at, max) and dueForSweepAfter(at, receivedAt, id, max): the open requests whose
-- check is before the run's instant, a range scan of this index (then sorted by received-at and
-- ID, the order of open()); the open requests only, like service_request_open.
CREATE INDEX service_request_sweep_due ON service_request (sweep_check_at, received_at, id)
  WHERE status <> 'CLOSED';
