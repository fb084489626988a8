-- The contract family's repositories (合同档案、项目移交、商品房销售、修改记录、备份记录): one table
-- per port, each the same shape — the key (text COLLATE "C": compared by code point, as the
-- library's IDs are), the optimistic version, the aggregate as a jsonb document, and one column
-- per value a query filters by. The document is the truth; the query columns are written from it
-- in the same statement and are never read back into the aggregate.

-- Contract files (合同档案, CON-01): the obligation run pages, by contract ID, through the files
-- whose contract covers a day of a window: first_day < to AND last_day >= from.
CREATE TABLE contract_file (
  contract_id text   COLLATE "C" PRIMARY KEY,
  version     bigint NOT NULL CHECK (version > 0),
  document    jsonb  NOT NULL,
  first_day   date   NOT NULL,
  last_day    date   NOT NULL,
  CHECK (first_day <= last_day)
);
-- Contracts that ended before the window are the many: the run's range starts on last_day.
CREATE INDEX contract_file_last_day ON contract_file (last_day, first_day, contract_id);

-- Project handovers (项目移交, CON-03): the reminder run pages, by project ID, through the
-- handovers whose join-by or due-by day lies in [from, to).
CREATE TABLE project_handover (
  project_id text   COLLATE "C" PRIMARY KEY,
  version    bigint NOT NULL CHECK (version > 0),
  document   jsonb  NOT NULL,
  join_by    date   NOT NULL,
  due_by     date   NOT NULL
);
CREATE INDEX project_handover_join_by ON project_handover (join_by, project_id);
CREATE INDEX project_handover_due_by ON project_handover (due_by, project_id);

-- Property sales (商品房销售, CON-09): a sale has several reminder days (payments, move-in
-- notice, title documents), kept in a child table rewritten with each save of the sale.
CREATE TABLE property_sale (
  contract_id text   COLLATE "C" PRIMARY KEY,
  version     bigint NOT NULL CHECK (version > 0),
  document    jsonb  NOT NULL
);
CREATE TABLE property_sale_reminder (
  contract_id text COLLATE "C" NOT NULL REFERENCES property_sale (contract_id),
  due         date NOT NULL,
  PRIMARY KEY (contract_id, due)
);
CREATE INDEX property_sale_reminder_due ON property_sale_reminder (due, contract_id);

-- Change records (修改记录, CON-07): the safeguard run pages, by change ID, through the records
-- whose window starts in [from, to) (timestamptz keeps the library's microseconds).
CREATE TABLE change_record (
  change_id    text        COLLATE "C" PRIMARY KEY,
  version      bigint      NOT NULL CHECK (version > 0),
  document     jsonb       NOT NULL,
  window_start timestamptz NOT NULL
);
CREATE INDEX change_record_window_start ON change_record (window_start, change_id);

-- Backup obligations with their recorded backups (备份记录, CON-08): the safeguard run pages
-- through all of them by project ID (the primary key's index).
CREATE TABLE backup_obligation (
  project_id text   COLLATE "C" PRIMARY KEY,
  version    bigint NOT NULL CHECK (version > 0),
  document   jsonb  NOT NULL
);
