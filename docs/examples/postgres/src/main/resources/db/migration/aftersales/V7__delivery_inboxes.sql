-- The delivery inboxes: where the two delivering ports hand over into tables that the ERP's own
-- screens and integration jobs read (投递收件箱). Written only by the outbox relay, at least once,
-- so each row is unique by what a receiver de-duplicates by; COLLATE "C" on every key: keys are
-- compared exactly, case-sensitive and by code point.

-- Notifications (通知端口): one row per notice handed over, whatever the number of hand-overs.
CREATE TABLE notification_inbox (
  -- The order handed over: the ERP's screens and jobs page by it (WHERE position > ? ORDER BY
  -- position LIMIT ?).
  position        bigserial   PRIMARY KEY,
  -- The notice's key, part by part (NoticeKey.text() alone is not unique: a part may hold '/').
  source_kind     text        COLLATE "C" NOT NULL,
  source_id       text        COLLATE "C" NOT NULL,
  rule            text        COLLATE "C" NOT NULL,
  step            text        COLLATE "C" NOT NULL,
  occurrence      text        COLLATE "C" NOT NULL,
  -- NoticeKey.text(), as the ERP shows and links it.
  notice_key      text        COLLATE "C" NOT NULL,
  -- Recipient.text(): 'person:<id>', 'supervisor:<id>' or 'role:<ROLE>'.
  recipient       text        COLLATE "C" NOT NULL,
  -- NoticeKind's code and its display names as the ERP shows them (English, Chinese).
  kind            text        COLLATE "C" NOT NULL,
  kind_name_en    text        NOT NULL,
  kind_name_zh    text        NOT NULL,
  -- Delivery: IMMEDIATE (send it alone) or IN_DIGEST (list it; the digest is its own notice).
  delivery        text        COLLATE "C" NOT NULL CHECK (delivery IN ('IMMEDIATE', 'IN_DIGEST')),
  -- The notice's instant, whole microseconds (the document keeps any nanoseconds below).
  occurred_at     timestamptz NOT NULL,
  -- The notice's plain parameters by name (AftersalesJson), for the ERP's templates.
  parameters      jsonb       NOT NULL,
  -- The whole notice (AftersalesJson), read back equal.
  document        jsonb       NOT NULL,
  -- When it was first handed over (the database's clock).
  handed_over_at  timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT notification_inbox_key UNIQUE (source_kind, source_id, rule, step, occurrence)
);
-- A recipient's inbox, oldest first.
CREATE INDEX notification_inbox_recipient ON notification_inbox (recipient, position);

-- DomainEventPublisher (事件发布): one row per event published, unique by its event ID.
CREATE TABLE event_inbox (
  -- The order published: the integration jobs page by it.
  position        bigserial   PRIMARY KEY,
  -- OutboxEvent.eventId(), stable across deliveries.
  event_id        text        COLLATE "C" NOT NULL CONSTRAINT event_inbox_event_id UNIQUE,
  -- The event's class name, as in outbox_event.
  event_type      text        COLLATE "C" NOT NULL,
  -- The event (AftersalesJson), read back equal.
  payload         jsonb       NOT NULL,
  -- The event's own instant (DomainEvent.occurredAt()), whole microseconds.
  occurred_at     timestamptz NOT NULL,
  -- When it was first published (the database's clock).
  published_at    timestamptz NOT NULL DEFAULT now()
);
-- An integration job reads one type of event, oldest first.
CREATE INDEX event_inbox_type ON event_inbox (event_type, position);
