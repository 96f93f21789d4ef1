-- Stock: documents (adjustments, transfers, posted counts) that group moves, stock counts with
-- their sheets and entries, minimum/maximum per product and location, and moving-average cost.
-- Moves stay in stock_moves (append-only, hash chain); a document's moves carry
-- source_type 'stockDocument' and source_id = the document's id.

CREATE TABLE stock_documents (
  id       INTEGER PRIMARY KEY,
  kind     TEXT NOT NULL CHECK (kind IN ('adjustment', 'transfer', 'count')),
  -- Gap-free per kind (number series 'stock.<kind>').
  number   INTEGER NOT NULL,
  at       TEXT NOT NULL,
  staff_id INTEGER REFERENCES staff(id),
  note     TEXT NOT NULL DEFAULT '',
  UNIQUE (kind, number)
) STRICT;

CREATE TRIGGER stock_documents_no_update BEFORE UPDATE ON stock_documents
BEGIN SELECT RAISE(ABORT, 'stock documents are immutable; record a correcting document'); END;
CREATE TRIGGER stock_documents_no_delete BEFORE DELETE ON stock_documents
BEGIN SELECT RAISE(ABORT, 'stock documents are immutable; record a correcting document'); END;

CREATE INDEX stock_moves_source ON stock_moves(source_type, source_id);
CREATE INDEX stock_moves_location ON stock_moves(location_id, product_id);
-- Covering indexes: on hand per product and location, and per product up to a moment (valuation
-- of a past day), are summed from the index alone, without visiting the table's rows.
DROP INDEX stock_moves_product;
CREATE INDEX stock_moves_product ON stock_moves(product_id, location_id, quantity);
CREATE INDEX stock_moves_product_at ON stock_moves(product_id, at, quantity);

-- A count of one location (optionally one category). The sheet's expected quantities are taken at
-- the start (snapshot up to move snapshot_move_id); moves after it are added per product when the
-- difference is worked out, so sales during the count are accounted for.
CREATE TABLE stock_counts (
  id               INTEGER PRIMARY KEY,
  location_id      INTEGER NOT NULL REFERENCES stock_locations(id),
  category_id      INTEGER REFERENCES categories(id),
  note             TEXT NOT NULL DEFAULT '',
  started_at       TEXT NOT NULL,
  started_by       INTEGER REFERENCES staff(id),
  snapshot_move_id INTEGER NOT NULL,
  status           TEXT NOT NULL CHECK (status IN ('open', 'posted', 'cancelled')),
  document_id      INTEGER REFERENCES stock_documents(id),
  closed_at        TEXT,
  CHECK ((status = 'open') = (closed_at IS NULL)),
  CHECK ((status = 'posted') = (document_id IS NOT NULL))
) STRICT;
CREATE INDEX stock_counts_status ON stock_counts(status, location_id);

-- A closed count is final.
CREATE TRIGGER stock_counts_closed BEFORE UPDATE ON stock_counts WHEN old.status <> 'open'
BEGIN SELECT RAISE(ABORT, 'a closed stock count cannot change'); END;
CREATE TRIGGER stock_counts_no_delete BEFORE DELETE ON stock_counts
BEGIN SELECT RAISE(ABORT, 'stock counts are kept'); END;

CREATE TABLE stock_count_lines (
  count_id          INTEGER NOT NULL REFERENCES stock_counts(id),
  product_id        INTEGER NOT NULL REFERENCES products(id),
  expected_quantity INTEGER NOT NULL,
  PRIMARY KEY (count_id, product_id)
) STRICT, WITHOUT ROWID;

-- What the counters recorded, appended. 'set' replaces what was recorded for the product before;
-- 'add' adds to it (scanning, or two people counting two shelves). move_mark is the last stock
-- move at the time of the entry: the expected quantity is compared as of that moment.
CREATE TABLE stock_count_entries (
  id         INTEGER PRIMARY KEY,
  count_id   INTEGER NOT NULL REFERENCES stock_counts(id),
  product_id INTEGER NOT NULL REFERENCES products(id),
  mode       TEXT NOT NULL CHECK (mode IN ('set', 'add')),
  quantity   INTEGER NOT NULL,
  move_mark  INTEGER NOT NULL,
  at         TEXT NOT NULL,
  staff_id   INTEGER REFERENCES staff(id)
) STRICT;
CREATE INDEX stock_count_entries_count ON stock_count_entries(count_id, product_id, id);

CREATE TRIGGER stock_count_entries_no_update BEFORE UPDATE ON stock_count_entries
BEGIN SELECT RAISE(ABORT, 'count entries are appended; record a new entry'); END;
CREATE TRIGGER stock_count_entries_no_delete BEFORE DELETE ON stock_count_entries
BEGIN SELECT RAISE(ABORT, 'count entries are appended; record a new entry'); END;

CREATE TABLE stock_limits (
  product_id   INTEGER NOT NULL REFERENCES products(id),
  location_id  INTEGER NOT NULL REFERENCES stock_locations(id),
  min_quantity INTEGER NOT NULL CHECK (min_quantity >= 0),
  max_quantity INTEGER NOT NULL,
  PRIMARY KEY (product_id, location_id),
  CHECK (max_quantity >= min_quantity)
) STRICT, WITHOUT ROWID;
CREATE INDEX stock_limits_location ON stock_limits(location_id, product_id);

-- Moving-average cost per product (per unit: piece or kg), appended on every change. Before the
-- first row the product's cost_cents is its cost.
CREATE TABLE stock_costs (
  id          INTEGER PRIMARY KEY,
  product_id  INTEGER NOT NULL REFERENCES products(id),
  at          TEXT NOT NULL,
  cost_cents  INTEGER NOT NULL CHECK (cost_cents >= 0),
  source_type TEXT NOT NULL,
  source_id   INTEGER
) STRICT;
CREATE INDEX stock_costs_product ON stock_costs(product_id, at, id);

CREATE TRIGGER stock_costs_no_update BEFORE UPDATE ON stock_costs
BEGIN SELECT RAISE(ABORT, 'cost history is appended'); END;
CREATE TRIGGER stock_costs_no_delete BEFORE DELETE ON stock_costs
BEGIN SELECT RAISE(ABORT, 'cost history is appended'); END;
