-- Penalty ledgers (罚款台账, PenaltyAccounts): one row per person, the ledger as a jsonb document,
-- a version for optimistic concurrency, and columns derived from the document for the month-end
-- run's query (PersonPenaltyLedger.toSettle in SQL). Months are stored as their first day.
CREATE TABLE penalty_ledger (
  person_id        text    COLLATE "C" PRIMARY KEY,
  currency         char(3) NOT NULL,
  version          bigint  NOT NULL CHECK (version > 0),
  -- The account is closed (the person left, PEN-08).
  closed           boolean NOT NULL,
  -- The last month settled, if any.
  last_settled     date,
  -- Every month settled (its statement is answered again by that month's run).
  settled_months   date[]  NOT NULL,
  -- The account has open items (carried over).
  has_open_items   boolean NOT NULL,
  -- The earliest month of a pending posting (posted, not reversed, not yet settled), if any.
  earliest_pending date,
  document         jsonb   NOT NULL
);
-- The month-end run reads by person ID after the last page's (keyset paging on the primary key)
-- and filters on the derived columns; no further index: every ledger with work is read anyway.
