-- Complaint cases (投诉案件, Complaints): the case as a jsonb document, its number's parts as the
-- key, a version for optimistic concurrency, the unique request ID, and the columns the queries
-- filter and order by. COLLATE "C" on every key: exact, case-sensitive, by code point.
CREATE TABLE complaint_case (
  series       text        COLLATE "C" NOT NULL,
  number_text  text        COLLATE "C" NOT NULL,
  -- DocumentNumber order: series, period start, serial, text.
  period_start date        NOT NULL,
  serial       bigint      NOT NULL CHECK (serial > 0),
  request_id   text        COLLATE "C" NOT NULL,
  version      bigint      NOT NULL CHECK (version > 0),
  status       text        COLLATE "C" NOT NULL,
  -- OPEN or DECIDED: the reminder run's cases.
  in_progress  boolean     NOT NULL,
  closed_at    timestamptz,
  document     jsonb       NOT NULL,
  PRIMARY KEY (series, number_text),
  CONSTRAINT complaint_case_request UNIQUE (request_id)
);
-- inProgress / inProgressAfter: keyset paging in number order over the cases in progress only.
CREATE INDEX complaint_case_in_progress
  ON complaint_case (series, period_start, serial, number_text) WHERE in_progress;
-- closedBetween: closure instant, then number order.
CREATE INDEX complaint_case_closed
  ON complaint_case (closed_at, series, period_start, serial, number_text)
  WHERE closed_at IS NOT NULL;
