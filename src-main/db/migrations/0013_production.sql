-- Production and workshop: work orders (production for stock, customer orders, service jobs) with
-- their history of events, notes, time entries and materials; bills of materials, kept in
-- versions; and production documents that store what they consumed, so a later change of a bill
-- of materials never alters a past production.

CREATE TABLE work_orders (
  id                INTEGER PRIMARY KEY,
  -- Gap-free (number series 'workOrder'), taken in the creating transaction; never reused.
  number            INTEGER NOT NULL UNIQUE CHECK (number > 0),
  kind              TEXT NOT NULL CHECK (kind IN ('stock', 'customerOrder', 'serviceJob')),
  status            TEXT NOT NULL CHECK (status IN ('received', 'inProgress', 'waitingForParts', 'ready', 'handedOver', 'cancelled')),
  customer_id       INTEGER REFERENCES customers(id),
  title             TEXT NOT NULL CHECK (length(title) > 0),
  -- The fault as the customer described it (service jobs).
  fault             TEXT NOT NULL DEFAULT '',
  -- Agreed price, or an estimate when price_is_estimate = 1; NULL: none given.
  price_cents       INTEGER CHECK (price_cents IS NULL OR price_cents >= 0),
  price_is_estimate INTEGER NOT NULL DEFAULT 0 CHECK (price_is_estimate IN (0, 1)),
  -- The shop's calendar day promised, YYYY-MM-DD.
  promised_on       TEXT,
  -- The product to make and how many (thousandths); production for stock always has them.
  product_id        INTEGER REFERENCES products(id),
  quantity          INTEGER CHECK (quantity IS NULL OR quantity > 0),
  assignee_id       INTEGER REFERENCES staff(id),
  created_at        TEXT NOT NULL,
  created_by        INTEGER REFERENCES staff(id),
  closed_at         TEXT,
  CHECK ((product_id IS NULL) = (quantity IS NULL)),
  CHECK (kind <> 'stock' OR product_id IS NOT NULL),
  CHECK ((status IN ('handedOver', 'cancelled')) = (closed_at IS NOT NULL))
) STRICT;
CREATE INDEX work_orders_status ON work_orders(status, promised_on);
CREATE INDEX work_orders_customer ON work_orders(customer_id);
CREATE INDEX work_orders_assignee ON work_orders(assignee_id);

CREATE TRIGGER work_orders_no_delete BEFORE DELETE ON work_orders
BEGIN SELECT RAISE(ABORT, 'work orders are never deleted; cancel them instead'); END;
CREATE TRIGGER work_orders_fixed BEFORE UPDATE OF number, kind, created_at, created_by ON work_orders
  WHEN NEW.number <> OLD.number OR NEW.kind <> OLD.kind OR NEW.created_at <> OLD.created_at OR NEW.created_by IS NOT OLD.created_by
BEGIN SELECT RAISE(ABORT, 'a work order keeps its number, kind and creation'); END;
CREATE TRIGGER work_orders_closed BEFORE UPDATE ON work_orders WHEN OLD.status IN ('handedOver', 'cancelled')
BEGIN SELECT RAISE(ABORT, 'a handed-over or cancelled work order is final'); END;

-- Every change of a work order, appended: created, status (from → to), assigned (staff ids), details
-- (the changed fields' names in to_value; before and after are in the audit log).
CREATE TABLE work_order_events (
  id            INTEGER PRIMARY KEY,
  work_order_id INTEGER NOT NULL REFERENCES work_orders(id),
  at            TEXT NOT NULL,
  staff_id      INTEGER REFERENCES staff(id),
  kind          TEXT NOT NULL CHECK (kind IN ('created', 'status', 'assigned', 'details')),
  from_value    TEXT,
  to_value      TEXT,
  note          TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE INDEX work_order_events_order ON work_order_events(work_order_id, id);

CREATE TABLE work_order_notes (
  id              INTEGER PRIMARY KEY,
  work_order_id   INTEGER NOT NULL REFERENCES work_orders(id),
  at              TEXT NOT NULL,
  staff_id        INTEGER REFERENCES staff(id),
  text            TEXT NOT NULL CHECK (length(text) > 0),
  counter_visible INTEGER NOT NULL CHECK (counter_visible IN (0, 1))
) STRICT;
CREATE INDEX work_order_notes_order ON work_order_notes(work_order_id, id);

-- Time worked on an order, per person and day. Corrections are negative entries with a reason.
CREATE TABLE work_order_time (
  id            INTEGER PRIMARY KEY,
  work_order_id INTEGER NOT NULL REFERENCES work_orders(id),
  staff_id      INTEGER NOT NULL REFERENCES staff(id),
  worked_on     TEXT NOT NULL,
  minutes       INTEGER NOT NULL CHECK (minutes <> 0),
  note          TEXT NOT NULL DEFAULT '',
  at            TEXT NOT NULL,
  recorded_by   INTEGER REFERENCES staff(id),
  CHECK (minutes > 0 OR length(note) > 0)
) STRICT;
CREATE INDEX work_order_time_order ON work_order_time(work_order_id, id);

-- Material booked against an order: + taken from stock (a production move of −quantity with
-- source_type 'workOrderMaterial', source_id = this row), − unused material put back. The cost is
-- the moving-average cost at the time of booking.
CREATE TABLE work_order_materials (
  id              INTEGER PRIMARY KEY,
  work_order_id   INTEGER NOT NULL REFERENCES work_orders(id),
  product_id      INTEGER NOT NULL REFERENCES products(id),
  location_id     INTEGER NOT NULL REFERENCES stock_locations(id),
  quantity        INTEGER NOT NULL CHECK (quantity <> 0),
  unit_cost_cents INTEGER NOT NULL CHECK (unit_cost_cents >= 0),
  cost_cents      INTEGER NOT NULL,
  at              TEXT NOT NULL,
  staff_id        INTEGER REFERENCES staff(id),
  note            TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE INDEX work_order_materials_order ON work_order_materials(work_order_id, id);

-- A bill of materials: the components that make output_quantity (thousandths) of the product.
-- Saving a change adds a version and retires the one before; at most one current per product.
CREATE TABLE boms (
  id              INTEGER PRIMARY KEY,
  product_id      INTEGER NOT NULL REFERENCES products(id),
  version         INTEGER NOT NULL CHECK (version > 0),
  output_quantity INTEGER NOT NULL CHECK (output_quantity > 0),
  note            TEXT NOT NULL DEFAULT '',
  created_at      TEXT NOT NULL,
  created_by      INTEGER REFERENCES staff(id),
  retired_at      TEXT,
  UNIQUE (product_id, version)
) STRICT;
CREATE UNIQUE INDEX boms_current ON boms(product_id) WHERE retired_at IS NULL;

CREATE TABLE bom_components (
  bom_id     INTEGER NOT NULL REFERENCES boms(id),
  product_id INTEGER NOT NULL REFERENCES products(id),
  position   INTEGER NOT NULL,
  quantity   INTEGER NOT NULL CHECK (quantity > 0),
  PRIMARY KEY (bom_id, product_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX bom_components_product ON bom_components(product_id);

-- Production documents: numbered (series 'production'); the product's move and the component
-- moves carry source_type 'production', source_id = the document. Lines keep what was consumed.
CREATE TABLE productions (
  id               INTEGER PRIMARY KEY,
  number           INTEGER NOT NULL UNIQUE CHECK (number > 0),
  at               TEXT NOT NULL,
  staff_id         INTEGER REFERENCES staff(id),
  product_id       INTEGER NOT NULL REFERENCES products(id),
  bom_id           INTEGER NOT NULL REFERENCES boms(id),
  location_id      INTEGER NOT NULL REFERENCES stock_locations(id),
  quantity         INTEGER NOT NULL CHECK (quantity > 0),
  unit_cost_cents  INTEGER NOT NULL CHECK (unit_cost_cents >= 0),
  total_cost_cents INTEGER NOT NULL CHECK (total_cost_cents >= 0),
  work_order_id    INTEGER REFERENCES work_orders(id),
  note             TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE INDEX productions_product ON productions(product_id, id);
CREATE INDEX productions_work_order ON productions(work_order_id);

CREATE TABLE production_lines (
  production_id   INTEGER NOT NULL REFERENCES productions(id),
  product_id      INTEGER NOT NULL REFERENCES products(id),
  position        INTEGER NOT NULL,
  quantity        INTEGER NOT NULL CHECK (quantity > 0),
  unit_cost_cents INTEGER NOT NULL CHECK (unit_cost_cents >= 0),
  cost_cents      INTEGER NOT NULL CHECK (cost_cents >= 0),
  PRIMARY KEY (production_id, product_id)
) STRICT, WITHOUT ROWID;

-- Appended records: never changed, never deleted (a BOM may only be retired, once).
CREATE TRIGGER work_order_events_no_update BEFORE UPDATE ON work_order_events BEGIN SELECT RAISE(ABORT, 'work order events are appended'); END;
CREATE TRIGGER work_order_events_no_delete BEFORE DELETE ON work_order_events BEGIN SELECT RAISE(ABORT, 'work order events are appended'); END;
CREATE TRIGGER work_order_notes_no_update BEFORE UPDATE ON work_order_notes BEGIN SELECT RAISE(ABORT, 'notes are appended; add a new note'); END;
CREATE TRIGGER work_order_notes_no_delete BEFORE DELETE ON work_order_notes BEGIN SELECT RAISE(ABORT, 'notes are appended; add a new note'); END;
CREATE TRIGGER work_order_time_no_update BEFORE UPDATE ON work_order_time BEGIN SELECT RAISE(ABORT, 'time entries are appended; correct with a negative entry'); END;
CREATE TRIGGER work_order_time_no_delete BEFORE DELETE ON work_order_time BEGIN SELECT RAISE(ABORT, 'time entries are appended; correct with a negative entry'); END;
CREATE TRIGGER work_order_materials_no_update BEFORE UPDATE ON work_order_materials BEGIN SELECT RAISE(ABORT, 'materials are appended; put unused material back'); END;
CREATE TRIGGER work_order_materials_no_delete BEFORE DELETE ON work_order_materials BEGIN SELECT RAISE(ABORT, 'materials are appended; put unused material back'); END;
CREATE TRIGGER boms_fixed BEFORE UPDATE ON boms
  WHEN OLD.retired_at IS NOT NULL OR NEW.retired_at IS NULL OR NEW.product_id <> OLD.product_id OR NEW.version <> OLD.version
    OR NEW.output_quantity <> OLD.output_quantity OR NEW.note <> OLD.note OR NEW.created_at <> OLD.created_at OR NEW.created_by IS NOT OLD.created_by
BEGIN SELECT RAISE(ABORT, 'a bill of materials is kept as it was; save a new version'); END;
CREATE TRIGGER boms_no_delete BEFORE DELETE ON boms BEGIN SELECT RAISE(ABORT, 'bills of materials are kept'); END;
CREATE TRIGGER bom_components_no_update BEFORE UPDATE ON bom_components BEGIN SELECT RAISE(ABORT, 'a bill of materials is kept as it was; save a new version'); END;
CREATE TRIGGER bom_components_no_delete BEFORE DELETE ON bom_components BEGIN SELECT RAISE(ABORT, 'bills of materials are kept'); END;
CREATE TRIGGER productions_no_update BEFORE UPDATE ON productions BEGIN SELECT RAISE(ABORT, 'productions are posted documents'); END;
CREATE TRIGGER productions_no_delete BEFORE DELETE ON productions BEGIN SELECT RAISE(ABORT, 'productions are posted documents'); END;
CREATE TRIGGER production_lines_no_update BEFORE UPDATE ON production_lines BEGIN SELECT RAISE(ABORT, 'productions are posted documents'); END;
CREATE TRIGGER production_lines_no_delete BEFORE DELETE ON production_lines BEGIN SELECT RAISE(ABORT, 'productions are posted documents'); END;
