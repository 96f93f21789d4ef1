-- Purchasing: suppliers with their article data, purchase orders with lines and a status history,
-- goods receipts (with or without an order), supplier invoices with their VAT lines and the
-- receipts they cover, and payments. Received and outstanding quantities, open amounts and
-- statuses derived from them are always summed from the rows, never cached.

CREATE TABLE suppliers (
  id                 INTEGER PRIMARY KEY,
  name               TEXT NOT NULL,
  contact_person     TEXT NOT NULL DEFAULT '',
  email              TEXT NOT NULL DEFAULT '',
  phone              TEXT NOT NULL DEFAULT '',
  street             TEXT NOT NULL DEFAULT '',
  postal_code        TEXT NOT NULL DEFAULT '',
  city               TEXT NOT NULL DEFAULT '',
  country_code       TEXT NOT NULL DEFAULT 'DE',
  vat_id             TEXT NOT NULL DEFAULT '',
  -- Our customer number at the supplier (printed on orders).
  customer_number    TEXT NOT NULL DEFAULT '',
  payment_terms_days INTEGER NOT NULL DEFAULT 14 CHECK (payment_terms_days >= 0),
  note               TEXT NOT NULL DEFAULT '',
  -- Suppliers are deactivated, never deleted: orders, receipts and invoices point at them.
  active             INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
  created_at         TEXT NOT NULL,
  updated_at         TEXT NOT NULL
) STRICT;
-- The service compares names case-insensitively beyond ASCII too; this is the safety net.
CREATE UNIQUE INDEX suppliers_name ON suppliers(name COLLATE NOCASE);

CREATE TRIGGER suppliers_no_delete BEFORE DELETE ON suppliers
BEGIN SELECT RAISE(ABORT, 'suppliers are deactivated, never deleted'); END;

-- What a supplier sells us of a product: their article number, net price per piece or kg, the
-- pack size we order in multiples of (thousandths) and how many days delivery takes.
CREATE TABLE supplier_products (
  supplier_id    INTEGER NOT NULL REFERENCES suppliers(id),
  product_id     INTEGER NOT NULL REFERENCES products(id),
  supplier_sku   TEXT NOT NULL DEFAULT '',
  price_cents    INTEGER NOT NULL CHECK (price_cents >= 0),
  pack_size      INTEGER NOT NULL CHECK (pack_size > 0),
  lead_time_days INTEGER NOT NULL CHECK (lead_time_days >= 0),
  PRIMARY KEY (supplier_id, product_id)
) STRICT, WITHOUT ROWID;
-- The cheapest supplier of a product (reorder suggestions).
CREATE INDEX supplier_products_product ON supplier_products(product_id, price_cents, supplier_id);

CREATE TABLE purchase_orders (
  id          INTEGER PRIMARY KEY,
  -- Gap-free (number series 'purchasing.order'), taken when the draft is created; a cancelled
  -- draft keeps its number.
  number      INTEGER NOT NULL UNIQUE,
  supplier_id INTEGER NOT NULL REFERENCES suppliers(id),
  -- Where the goods go when they arrive.
  location_id INTEGER NOT NULL REFERENCES stock_locations(id),
  status      TEXT NOT NULL CHECK (status IN ('draft', 'ordered', 'partlyReceived', 'received', 'closed', 'cancelled')),
  expected_on TEXT,
  note        TEXT NOT NULL DEFAULT '',
  created_at  TEXT NOT NULL,
  created_by  INTEGER REFERENCES staff(id),
  ordered_at  TEXT,
  CHECK ((status = 'draft') OR (status = 'cancelled') OR (ordered_at IS NOT NULL))
) STRICT;
CREATE INDEX purchase_orders_status ON purchase_orders(status, expected_on);
CREATE INDEX purchase_orders_supplier ON purchase_orders(supplier_id, id);

-- Once placed, an order's content is fixed: only its status (and the expected day) moves on, and
-- a closed or cancelled order does not change at all. Orders are never deleted.
CREATE TRIGGER purchase_orders_placed BEFORE UPDATE ON purchase_orders
WHEN old.status <> 'draft' AND (new.number IS NOT old.number OR new.supplier_id IS NOT old.supplier_id
  OR new.location_id IS NOT old.location_id OR new.note IS NOT old.note OR new.created_at IS NOT old.created_at
  OR new.created_by IS NOT old.created_by OR new.ordered_at IS NOT old.ordered_at OR new.status = 'draft')
BEGIN SELECT RAISE(ABORT, 'a placed purchase order cannot change'); END;
CREATE TRIGGER purchase_orders_final BEFORE UPDATE ON purchase_orders WHEN old.status IN ('closed', 'cancelled')
BEGIN SELECT RAISE(ABORT, 'a closed or cancelled purchase order is final'); END;
CREATE TRIGGER purchase_orders_no_delete BEFORE DELETE ON purchase_orders
BEGIN SELECT RAISE(ABORT, 'purchase orders are kept; cancel instead'); END;

CREATE TABLE purchase_order_lines (
  id              INTEGER PRIMARY KEY,
  order_id        INTEGER NOT NULL REFERENCES purchase_orders(id),
  position        INTEGER NOT NULL CHECK (position > 0),
  product_id      INTEGER NOT NULL REFERENCES products(id),
  -- Copied from supplier_products when the draft is saved and again when it is placed.
  supplier_sku    TEXT NOT NULL DEFAULT '',
  quantity        INTEGER NOT NULL CHECK (quantity > 0),
  unit_cost_cents INTEGER NOT NULL CHECK (unit_cost_cents >= 0),
  UNIQUE (order_id, product_id),
  UNIQUE (order_id, position)
) STRICT;
-- What is on order for a product (the counter's incoming hint, reorder suggestions).
CREATE INDEX purchase_order_lines_product ON purchase_order_lines(product_id, order_id);

-- A draft's lines are replaced freely; a placed order's lines are fixed.
CREATE TRIGGER purchase_order_lines_insert BEFORE INSERT ON purchase_order_lines
WHEN (SELECT status FROM purchase_orders WHERE id = new.order_id) <> 'draft'
BEGIN SELECT RAISE(ABORT, 'a placed purchase order''s lines cannot change'); END;
CREATE TRIGGER purchase_order_lines_update BEFORE UPDATE ON purchase_order_lines
WHEN (SELECT status FROM purchase_orders WHERE id = old.order_id) <> 'draft'
BEGIN SELECT RAISE(ABORT, 'a placed purchase order''s lines cannot change'); END;
CREATE TRIGGER purchase_order_lines_delete BEFORE DELETE ON purchase_order_lines
WHEN (SELECT status FROM purchase_orders WHERE id = old.order_id) <> 'draft'
BEGIN SELECT RAISE(ABORT, 'a placed purchase order''s lines cannot change'); END;

-- Every status an order took, with who and why (cancel and close keep their reason here).
CREATE TABLE purchase_order_events (
  id       INTEGER PRIMARY KEY,
  order_id INTEGER NOT NULL REFERENCES purchase_orders(id),
  at       TEXT NOT NULL,
  status   TEXT NOT NULL CHECK (status IN ('draft', 'ordered', 'partlyReceived', 'received', 'closed', 'cancelled')),
  staff_id INTEGER REFERENCES staff(id),
  note     TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE INDEX purchase_order_events_order ON purchase_order_events(order_id, id);

CREATE TRIGGER purchase_order_events_no_update BEFORE UPDATE ON purchase_order_events
BEGIN SELECT RAISE(ABORT, 'order events are appended'); END;
CREATE TRIGGER purchase_order_events_no_delete BEFORE DELETE ON purchase_order_events
BEGIN SELECT RAISE(ABORT, 'order events are appended'); END;

-- Goods that arrived, against an order or without one. The stock moves (reason goodsReceipt) carry
-- source_type 'purchasing.receipt' and source_id = the receipt's id.
CREATE TABLE goods_receipts (
  id                INTEGER PRIMARY KEY,
  -- Gap-free (number series 'purchasing.receipt').
  number            INTEGER NOT NULL UNIQUE,
  order_id          INTEGER REFERENCES purchase_orders(id),
  -- The order's supplier, or who sent goods without an order (may be unknown).
  supplier_id       INTEGER REFERENCES suppliers(id),
  location_id       INTEGER NOT NULL REFERENCES stock_locations(id),
  at                TEXT NOT NULL,
  staff_id          INTEGER REFERENCES staff(id),
  delivery_note_ref TEXT NOT NULL DEFAULT '',
  note              TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE INDEX goods_receipts_order ON goods_receipts(order_id);
CREATE INDEX goods_receipts_supplier ON goods_receipts(supplier_id, id);

CREATE TABLE goods_receipt_lines (
  id              INTEGER PRIMARY KEY,
  receipt_id      INTEGER NOT NULL REFERENCES goods_receipts(id),
  product_id      INTEGER NOT NULL REFERENCES products(id),
  -- The order line the goods count against; null without an order, and for a product that was
  -- not on the order (then the whole quantity is over-received).
  order_line_id   INTEGER REFERENCES purchase_order_lines(id),
  quantity        INTEGER NOT NULL CHECK (quantity > 0),
  unit_cost_cents INTEGER NOT NULL CHECK (unit_cost_cents >= 0),
  -- More than was still outstanding, confirmed by the person receiving.
  over_received   INTEGER NOT NULL DEFAULT 0 CHECK (over_received >= 0 AND over_received <= quantity),
  UNIQUE (receipt_id, product_id)
) STRICT;
CREATE INDEX goods_receipt_lines_order_line ON goods_receipt_lines(order_line_id, quantity);

CREATE TRIGGER goods_receipts_no_update BEFORE UPDATE ON goods_receipts
BEGIN SELECT RAISE(ABORT, 'goods receipts are immutable; correct the stock with an adjustment'); END;
CREATE TRIGGER goods_receipts_no_delete BEFORE DELETE ON goods_receipts
BEGIN SELECT RAISE(ABORT, 'goods receipts are immutable; correct the stock with an adjustment'); END;
CREATE TRIGGER goods_receipt_lines_no_update BEFORE UPDATE ON goods_receipt_lines
BEGIN SELECT RAISE(ABORT, 'goods receipts are immutable; correct the stock with an adjustment'); END;
CREATE TRIGGER goods_receipt_lines_no_delete BEFORE DELETE ON goods_receipt_lines
BEGIN SELECT RAISE(ABORT, 'goods receipts are immutable; correct the stock with an adjustment'); END;

-- A supplier's invoice as recorded and posted (purchases and input VAT against payables). The row
-- is written first and gets its journal entry right after, in the same transaction; from then on
-- it is fixed.
CREATE TABLE supplier_invoices (
  id               INTEGER PRIMARY KEY,
  supplier_id      INTEGER NOT NULL REFERENCES suppliers(id),
  invoice_number   TEXT NOT NULL,
  invoice_date     TEXT NOT NULL,
  due_on           TEXT NOT NULL,
  gross_cents      INTEGER NOT NULL CHECK (gross_cents > 0),
  journal_entry_id INTEGER REFERENCES journal_entries(id),
  recorded_at      TEXT NOT NULL,
  staff_id         INTEGER REFERENCES staff(id)
) STRICT;
CREATE UNIQUE INDEX supplier_invoices_number ON supplier_invoices(supplier_id, invoice_number COLLATE NOCASE);
CREATE INDEX supplier_invoices_due ON supplier_invoices(due_on, id);

CREATE TRIGGER supplier_invoices_fixed BEFORE UPDATE ON supplier_invoices
WHEN old.journal_entry_id IS NOT NULL OR new.journal_entry_id IS NULL OR new.supplier_id IS NOT old.supplier_id
  OR new.invoice_number IS NOT old.invoice_number OR new.invoice_date IS NOT old.invoice_date OR new.due_on IS NOT old.due_on
  OR new.gross_cents IS NOT old.gross_cents OR new.recorded_at IS NOT old.recorded_at OR new.staff_id IS NOT old.staff_id
BEGIN SELECT RAISE(ABORT, 'supplier invoices are immutable'); END;
CREATE TRIGGER supplier_invoices_no_delete BEFORE DELETE ON supplier_invoices
BEGIN SELECT RAISE(ABORT, 'supplier invoices are immutable'); END;

-- Net and VAT per rate as printed on the invoice.
CREATE TABLE supplier_invoice_lines (
  invoice_id  INTEGER NOT NULL REFERENCES supplier_invoices(id),
  vat_rate_id INTEGER NOT NULL REFERENCES vat_rates(id),
  net_cents   INTEGER NOT NULL CHECK (net_cents > 0),
  vat_cents   INTEGER NOT NULL CHECK (vat_cents >= 0),
  PRIMARY KEY (invoice_id, vat_rate_id)
) STRICT, WITHOUT ROWID;

-- The goods receipts an invoice covers; a receipt is invoiced at most once.
CREATE TABLE supplier_invoice_receipts (
  receipt_id INTEGER PRIMARY KEY REFERENCES goods_receipts(id),
  invoice_id INTEGER NOT NULL REFERENCES supplier_invoices(id)
) STRICT;
CREATE INDEX supplier_invoice_receipts_invoice ON supplier_invoice_receipts(invoice_id);

CREATE TABLE supplier_payments (
  id               INTEGER PRIMARY KEY,
  invoice_id       INTEGER NOT NULL REFERENCES supplier_invoices(id),
  paid_on          TEXT NOT NULL,
  amount_cents     INTEGER NOT NULL CHECK (amount_cents > 0),
  method           TEXT NOT NULL CHECK (method IN ('bank', 'cash')),
  journal_entry_id INTEGER REFERENCES journal_entries(id),
  recorded_at      TEXT NOT NULL,
  staff_id         INTEGER REFERENCES staff(id)
) STRICT;
CREATE INDEX supplier_payments_invoice ON supplier_payments(invoice_id, id);

CREATE TRIGGER supplier_payments_fixed BEFORE UPDATE ON supplier_payments
WHEN old.journal_entry_id IS NOT NULL OR new.journal_entry_id IS NULL OR new.invoice_id IS NOT old.invoice_id
  OR new.paid_on IS NOT old.paid_on OR new.amount_cents IS NOT old.amount_cents OR new.method IS NOT old.method
  OR new.recorded_at IS NOT old.recorded_at OR new.staff_id IS NOT old.staff_id
BEGIN SELECT RAISE(ABORT, 'supplier payments are immutable'); END;
CREATE TRIGGER supplier_payments_no_delete BEFORE DELETE ON supplier_payments
BEGIN SELECT RAISE(ABORT, 'supplier payments are immutable'); END;

CREATE TRIGGER supplier_invoice_lines_no_update BEFORE UPDATE ON supplier_invoice_lines
BEGIN SELECT RAISE(ABORT, 'supplier invoices are immutable'); END;
CREATE TRIGGER supplier_invoice_lines_no_delete BEFORE DELETE ON supplier_invoice_lines
BEGIN SELECT RAISE(ABORT, 'supplier invoices are immutable'); END;
CREATE TRIGGER supplier_invoice_receipts_no_update BEFORE UPDATE ON supplier_invoice_receipts
BEGIN SELECT RAISE(ABORT, 'supplier invoices are immutable'); END;
CREATE TRIGGER supplier_invoice_receipts_no_delete BEFORE DELETE ON supplier_invoice_receipts
BEGIN SELECT RAISE(ABORT, 'supplier invoices are immutable'); END;
