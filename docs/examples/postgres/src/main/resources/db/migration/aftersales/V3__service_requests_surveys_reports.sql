-- The service side's tables (issue 14, helper P2): service requests, the ERP's entitlements,
-- survey cards, signed branch reports and the availability-lapse log. Each aggregate is a jsonb
-- document (AftersalesJson) beside its key columns, a version for optimistic concurrency and one
-- column per value a query filters or orders by, derived from the document on every save.
-- COLLATE "C" on every key (exact, case-sensitive, by code point); instants are timestamptz
-- (the library keeps microseconds, which timestamptz stores exactly).

-- The call register (叫修登记簿, SVC-02): one row per service request.
CREATE TABLE service_request (
  id                   text        COLLATE "C" PRIMARY KEY,
  request_id           text        COLLATE "C" NOT NULL UNIQUE,
  version              bigint      NOT NULL CHECK (version > 0),
  status               text        COLLATE "C" NOT NULL
                       CHECK (status IN ('REGISTERED', 'DISPATCHED', 'IN_WORKSHOP', 'CLOSED')),
  received_at          timestamptz NOT NULL,
  -- ServiceRequest.firstDue(): the earlier of the response and arrival deadlines (dueBefore).
  first_due            timestamptz,
  -- The earliest deadline of the promises ServiceLevelWatch still watches; null when none is
  -- (closed, met). ServiceLevelWatch.earliestBreach(r, t) is this value when it is before t, so
  -- breached(t) is one range scan.
  earliest_watched_due timestamptz,
  technician           text        COLLATE "C",
  dispatched_at        timestamptz,
  closed_at            timestamptz,
  -- When the item was taken into the workshop's custody (inWorkshop's order).
  taken_in_at          timestamptz,
  document             jsonb       NOT NULL
);
-- open(max) and openAfter(receivedAt, id, max): keyset pages in (received_at, id) order.
CREATE INDEX service_request_open ON service_request (received_at, id)
  WHERE status <> 'CLOSED';
-- dueBefore(instant, max): undispatched requests by first deadline.
CREATE INDEX service_request_due ON service_request (first_due, id)
  WHERE status = 'REGISTERED' AND first_due IS NOT NULL;
-- breached(instant, max): the sweep's query.
CREATE INDEX service_request_watched ON service_request (earliest_watched_due, id)
  WHERE earliest_watched_due IS NOT NULL;
-- byTechnician(technician, day, zone, max): a technician's dispatches of one day.
CREATE INDEX service_request_technician ON service_request (technician, dispatched_at, id)
  WHERE technician IS NOT NULL;
-- closedBetween(from, to, max): the surveys' and reports' query.
CREATE INDEX service_request_closed ON service_request (closed_at, id)
  WHERE closed_at IS NOT NULL;
-- inWorkshop(max): the items in custody (客户商品进出登记簿, SVC-05).
CREATE INDEX service_request_workshop ON service_request (taken_in_at, id)
  WHERE status = 'IN_WORKSHOP';

-- The ERP's warranty and contract records (保修与合同权益, SVC-01, SVC-15), which the ERP fills
-- and JdbcEntitlements only reads: one row per warranty, maintenance contract or internal unit.
-- Days are calendar days of the ERP's business zone, both ends inclusive. A unit is its product
-- model and serial number; "position" orders a unit's records as the ERP entered them (the
-- first of two overlapping contracts answers).
CREATE TABLE entitlement (
  position       bigserial PRIMARY KEY,
  product_model  text      COLLATE "C" NOT NULL,
  product_serial text      COLLATE "C" NOT NULL,
  kind           text      COLLATE "C" NOT NULL
                 CHECK (kind IN ('WARRANTY', 'CONTRACT', 'INTERNAL')),
  contract_id    text      COLLATE "C",
  first_day      date,
  last_day       date,
  CHECK (kind <> 'WARRANTY'
         OR (contract_id IS NULL AND first_day IS NULL AND last_day IS NOT NULL)),
  CHECK (kind <> 'CONTRACT'
         OR (contract_id IS NOT NULL AND first_day IS NOT NULL AND last_day >= first_day)),
  CHECK (kind <> 'INTERNAL'
         OR (contract_id IS NULL AND first_day IS NULL AND last_day IS NULL))
);
CREATE INDEX entitlement_unit ON entitlement (product_model, product_serial, position);

-- Survey cards (满意度调查卡, SUR-01…SUR-03): one per closed call, keyed by its service request.
CREATE TABLE survey_card (
  service_request_id text        COLLATE "C" PRIMARY KEY,
  version            bigint      NOT NULL CHECK (version > 0),
  customer_name      text        COLLATE "C" NOT NULL,
  closed_at          timestamptz NOT NULL,
  answered_at        timestamptz,
  document           jsonb       NOT NULL
);
-- latestOfCustomer(customer, notAfter): one backward index step.
CREATE INDEX survey_card_customer
  ON survey_card (customer_name, closed_at DESC, service_request_id DESC);
-- answeredBetween(from, to, max): the month's answered cards.
CREATE INDEX survey_card_answered ON survey_card (answered_at, service_request_id)
  WHERE answered_at IS NOT NULL;

-- Signed branch reports (分公司日报表, SVC-09): one per branch and business day.
CREATE TABLE branch_report (
  branch     text        COLLATE "C" NOT NULL,
  day        date        NOT NULL,
  version    bigint      NOT NULL CHECK (version > 0),
  request_id text        COLLATE "C" NOT NULL,
  signed_at  timestamptz NOT NULL,
  document   jsonb       NOT NULL,
  PRIMARY KEY (branch, day)
);

-- The hotline and phone lapse log (热线 / 手机失联登记簿, SVC-19): append-only, one row per
-- lapse ID; the columns beside the document are for the ERP's own reports.
CREATE TABLE availability_lapse (
  event_id    text        COLLATE "C" PRIMARY KEY,
  kind        text        COLLATE "C" NOT NULL,
  responsible text        COLLATE "C" NOT NULL,
  from_at     timestamptz NOT NULL,
  to_at       timestamptz NOT NULL,
  recorded_at timestamptz NOT NULL,
  document    jsonb       NOT NULL
);
CREATE INDEX availability_lapse_responsible ON availability_lapse (responsible, from_at);
