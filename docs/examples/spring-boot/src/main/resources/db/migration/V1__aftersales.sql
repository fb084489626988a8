-- The after-sales library's tables in the ERP's schema. COLLATE "C": keys are compared exactly,
-- case-sensitive and by code point, as the library's ports require.

-- Serial counters (年月流水): one row per series and period, created by its first allocation.
CREATE TABLE number_sequence (
  series      text   COLLATE "C" NOT NULL,
  period      text   COLLATE "C" NOT NULL,
  last_serial bigint NOT NULL CHECK (last_serial > 0),
  PRIMARY KEY (series, period)
);

-- Penalty ledgers (罚款台账): the ledger as a JSON document, its version for optimistic
-- concurrency, and columns derived from the document for the month-end run's query.
CREATE TABLE penalty_ledger (
  person_id        text    COLLATE "C" PRIMARY KEY,
  currency         char(3) NOT NULL,
  version          bigint  NOT NULL CHECK (version > 0),
  content          jsonb   NOT NULL,
  closed           boolean NOT NULL,
  last_settled     text    COLLATE "C",
  settled_months   text[]  NOT NULL,
  has_open_items   boolean NOT NULL,
  earliest_pending text    COLLATE "C"
);

-- The transactional outbox: events written with the state that caused them, delivered later by
-- the relay in the order stored.
CREATE TABLE outbox_event (
  position     bigserial PRIMARY KEY,
  event_id     text  COLLATE "C" NOT NULL UNIQUE,
  event_type   text  NOT NULL,
  payload      jsonb NOT NULL,
  stored_at    timestamptz NOT NULL DEFAULT now(),
  delivered_at timestamptz
);
CREATE INDEX outbox_event_undelivered ON outbox_event (position) WHERE delivered_at IS NULL;
