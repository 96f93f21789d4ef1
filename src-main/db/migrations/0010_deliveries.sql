-- Outgoing deliveries: goods sent to a customer with a delivery note. A delivery is numbered at
-- creation (gap-free series 'delivery') and moves only forward:
--   planned → packed → shipped → delivered;  planned | packed → cancelled.
-- While planned, the header and the lines may be changed (lines are replaced); from "packed" on
-- the lines are final and only the status moves. The stock leaves at "shipped": one stock move
-- per line (reason 'sale', source_type 'delivery', source_id = deliveries.id). Every status
-- change is a row in delivery_events. Nothing here is ever deleted.

CREATE TABLE deliveries (
  id                     INTEGER PRIMARY KEY,
  number                 INTEGER NOT NULL UNIQUE,
  status                 TEXT NOT NULL CHECK (status IN ('planned', 'packed', 'shipped', 'delivered', 'cancelled')),
  recipient_name         TEXT NOT NULL,
  recipient_street       TEXT NOT NULL,
  recipient_postal_code  TEXT NOT NULL,
  recipient_city         TEXT NOT NULL,
  recipient_country_code TEXT NOT NULL,
  recipient_contact      TEXT NOT NULL DEFAULT '',
  recipient_phone        TEXT NOT NULL DEFAULT '',
  -- Free text: the customer's order number or our own order reference.
  reference              TEXT NOT NULL DEFAULT '',
  -- The customer order this delivery belongs to. Customer orders come in a later migration, which
  -- adds the table; the column waits here without a foreign key until then.
  customer_order_id      INTEGER,
  location_id            INTEGER NOT NULL REFERENCES stock_locations(id),
  planned_on             TEXT NOT NULL,
  note                   TEXT NOT NULL DEFAULT '',
  created_at             TEXT NOT NULL,
  created_by             INTEGER REFERENCES staff(id)
) STRICT;
CREATE INDEX deliveries_status ON deliveries(status, planned_on);
CREATE INDEX deliveries_customer_order ON deliveries(customer_order_id) WHERE customer_order_id IS NOT NULL;

-- The status only moves forward.
CREATE TRIGGER deliveries_status_forward BEFORE UPDATE OF status ON deliveries
WHEN new.status <> old.status AND NOT (
  (old.status = 'planned' AND new.status IN ('packed', 'cancelled')) OR
  (old.status = 'packed' AND new.status IN ('shipped', 'cancelled')) OR
  (old.status = 'shipped' AND new.status = 'delivered'))
BEGIN SELECT RAISE(ABORT, 'a delivery''s status only moves forward'); END;

-- Once packed, only the status changes.
CREATE TRIGGER deliveries_fixed_after_planned BEFORE UPDATE ON deliveries
WHEN old.status <> 'planned' AND (
  new.number IS NOT old.number OR new.recipient_name IS NOT old.recipient_name OR new.recipient_street IS NOT old.recipient_street
  OR new.recipient_postal_code IS NOT old.recipient_postal_code OR new.recipient_city IS NOT old.recipient_city
  OR new.recipient_country_code IS NOT old.recipient_country_code OR new.recipient_contact IS NOT old.recipient_contact
  OR new.recipient_phone IS NOT old.recipient_phone OR new.reference IS NOT old.reference
  OR new.customer_order_id IS NOT old.customer_order_id OR new.location_id IS NOT old.location_id
  OR new.planned_on IS NOT old.planned_on OR new.note IS NOT old.note OR new.created_at IS NOT old.created_at
  OR new.created_by IS NOT old.created_by OR new.id IS NOT old.id)
BEGIN SELECT RAISE(ABORT, 'a delivery is fixed once packed; only its status moves on'); END;

CREATE TRIGGER deliveries_no_delete BEFORE DELETE ON deliveries
BEGIN SELECT RAISE(ABORT, 'deliveries are kept; cancel instead'); END;

CREATE TABLE delivery_lines (
  delivery_id INTEGER NOT NULL REFERENCES deliveries(id),
  position    INTEGER NOT NULL CHECK (position > 0),
  product_id  INTEGER NOT NULL REFERENCES products(id),
  quantity    INTEGER NOT NULL CHECK (quantity > 0),
  PRIMARY KEY (delivery_id, position)
) STRICT, WITHOUT ROWID;
CREATE INDEX delivery_lines_product ON delivery_lines(product_id);

-- Lines are replaced only while their delivery is planned.
CREATE TRIGGER delivery_lines_insert_planned BEFORE INSERT ON delivery_lines
WHEN (SELECT status FROM deliveries WHERE id = new.delivery_id) IS NOT 'planned'
BEGIN SELECT RAISE(ABORT, 'the lines of a packed delivery are final'); END;
CREATE TRIGGER delivery_lines_update_planned BEFORE UPDATE ON delivery_lines
WHEN (SELECT status FROM deliveries WHERE id = old.delivery_id) IS NOT 'planned'
  OR (SELECT status FROM deliveries WHERE id = new.delivery_id) IS NOT 'planned'
BEGIN SELECT RAISE(ABORT, 'the lines of a packed delivery are final'); END;
CREATE TRIGGER delivery_lines_delete_planned BEFORE DELETE ON delivery_lines
WHEN (SELECT status FROM deliveries WHERE id = old.delivery_id) IS NOT 'planned'
BEGIN SELECT RAISE(ABORT, 'the lines of a packed delivery are final'); END;

-- Every status change (creation is the first, "planned"), with who and why. Appended only.
CREATE TABLE delivery_events (
  id          INTEGER PRIMARY KEY,
  delivery_id INTEGER NOT NULL REFERENCES deliveries(id),
  at          TEXT NOT NULL,
  status      TEXT NOT NULL CHECK (status IN ('planned', 'packed', 'shipped', 'delivered', 'cancelled')),
  staff_id    INTEGER REFERENCES staff(id),
  note        TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE INDEX delivery_events_delivery ON delivery_events(delivery_id, id);

CREATE TRIGGER delivery_events_no_update BEFORE UPDATE ON delivery_events
BEGIN SELECT RAISE(ABORT, 'delivery events are appended'); END;
CREATE TRIGGER delivery_events_no_delete BEFORE DELETE ON delivery_events
BEGIN SELECT RAISE(ABORT, 'delivery events are appended'); END;
