-- The after-sales library's tables, in the schema "aftersales" (PostgresStore.SCHEMA).
-- COLLATE "C" on every key: keys are compared exactly, case-sensitive and by code point, as the
-- library's ports require. Instants are timestamptz (microseconds, the precision the library
-- records); money is numeric with its currency beside it.

-- Serial counters (年月流水, CMP-01): one row per series and period, created by the first
-- allocation; allocations lock the row, never the table.
CREATE TABLE number_sequence (
  series      text   COLLATE "C" NOT NULL,
  period      text   COLLATE "C" NOT NULL,
  last_serial bigint NOT NULL CHECK (last_serial > 0),
  PRIMARY KEY (series, period)
);

-- The transactional outbox (发件箱): every repository writes a change's events here in the same
-- transaction as the change; the relay delivers them in the order stored. A relay claims a batch
-- (claimed_by / claimed_until, taken with FOR UPDATE SKIP LOCKED) so that two nodes never deliver
-- the same event at once; a claim that outlives its node expires.
CREATE TABLE outbox_event (
  position      bigserial   PRIMARY KEY,
  event_id      text        COLLATE "C" NOT NULL UNIQUE,
  event_type    text        NOT NULL,
  payload       jsonb       NOT NULL,
  stored_at     timestamptz NOT NULL DEFAULT clock_timestamp(),
  delivered_at  timestamptz,
  claimed_by    text,
  claimed_until timestamptz
);
CREATE INDEX outbox_event_undelivered ON outbox_event (position) WHERE delivered_at IS NULL;
