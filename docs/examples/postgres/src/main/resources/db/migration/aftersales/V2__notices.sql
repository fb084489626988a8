-- The notice log (通知记录, NoticeLog): every notice derived by a sweep, recorded once per key.
-- The five key parts are columns of their own under one unique constraint, so that concurrent
-- sweeps on several nodes record a notice once (INSERT ... ON CONFLICT DO NOTHING); COLLATE "C":
-- keys are compared exactly, case-sensitive and by code point.
CREATE TABLE notice (
  -- The order recorded (awaitingDigest answers the oldest first).
  position        bigserial   PRIMARY KEY,
  source_kind     text        COLLATE "C" NOT NULL,
  source_id       text        COLLATE "C" NOT NULL,
  rule            text        COLLATE "C" NOT NULL,
  step            text        COLLATE "C" NOT NULL,
  occurrence      text        COLLATE "C" NOT NULL,
  -- NoticeKey.text(), the tie-breaker of recordedBetween's order (not unique: a part may hold '/').
  key_text        text        COLLATE "C" NOT NULL,
  -- NoticeKind's code.
  kind            text        COLLATE "C" NOT NULL,
  -- Delivery IN_DIGEST and no digest lists it yet; recordDigest sets it to false.
  awaiting_digest boolean     NOT NULL,
  -- The notice's instant: its whole microseconds, and the nanoseconds below them (a notice
  -- carries nanoseconds; timestamptz keeps microseconds), compared as a pair.
  occurred_at     timestamptz NOT NULL,
  occurred_nanos  integer     NOT NULL CHECK (occurred_nanos BETWEEN 0 AND 999),
  -- The notice as a document (AftersalesJson), read back equal.
  document        jsonb       NOT NULL,
  CONSTRAINT notice_key UNIQUE (source_kind, source_id, rule, step, occurrence)
);
-- awaitingDigest: the notices awaiting a digest, oldest first, of any kind or of some kinds
-- (partial indexes: only the small set awaiting a digest is indexed).
CREATE INDEX notice_awaiting_digest ON notice (position) WHERE awaiting_digest;
CREATE INDEX notice_awaiting_digest_by_kind ON notice (kind, position) WHERE awaiting_digest;
-- recordedBetween: one kind in a period, earliest first, then by key.
CREATE INDEX notice_kind_occurred ON notice (kind, occurred_at, occurred_nanos, key_text);
