-- The counter: registers, shifts, cash moves, receipts (sales, returns, voids) with their lines,
-- payments and VAT, the receipt hash chain, vouchers, manager approvals, parked sales, Z reports.

CREATE TABLE registers (
  id   INTEGER PRIMARY KEY,
  name TEXT NOT NULL UNIQUE
) STRICT;
INSERT INTO registers (id, name) VALUES (1, 'Kasse 1');

CREATE TABLE shifts (
  id          INTEGER PRIMARY KEY,
  register_id INTEGER NOT NULL REFERENCES registers(id),
  opened_at   TEXT NOT NULL,
  opened_by   INTEGER NOT NULL REFERENCES staff(id),
  float_cents INTEGER NOT NULL CHECK (float_cents >= 0),
  closed_at   TEXT,
  closed_by   INTEGER REFERENCES staff(id)
) STRICT;
CREATE UNIQUE INDEX shifts_one_open ON shifts(register_id) WHERE closed_at IS NULL;
-- A shift is closed once; nothing else about it ever changes.
CREATE TRIGGER shifts_close_once BEFORE UPDATE ON shifts
WHEN OLD.closed_at IS NOT NULL OR NEW.id <> OLD.id OR NEW.register_id <> OLD.register_id OR NEW.opened_at <> OLD.opened_at
  OR NEW.opened_by <> OLD.opened_by OR NEW.float_cents <> OLD.float_cents OR NEW.closed_at IS NULL
BEGIN SELECT RAISE(ABORT, 'a shift is only ever closed, once'); END;
CREATE TRIGGER shifts_no_delete BEFORE DELETE ON shifts
BEGIN SELECT RAISE(ABORT, 'shifts are never deleted'); END;

CREATE TABLE cash_moves (
  id               INTEGER PRIMARY KEY,
  shift_id         INTEGER NOT NULL REFERENCES shifts(id),
  direction        TEXT NOT NULL CHECK (direction IN ('in', 'out')),
  amount_cents     INTEGER NOT NULL CHECK (amount_cents > 0),
  reason           TEXT NOT NULL,
  note             TEXT NOT NULL DEFAULT '',
  at               TEXT NOT NULL,
  staff_id         INTEGER NOT NULL REFERENCES staff(id),
  journal_entry_id INTEGER NOT NULL REFERENCES journal_entries(id)
) STRICT;
CREATE INDEX cash_moves_shift ON cash_moves(shift_id);

CREATE TABLE sales (
  id               INTEGER PRIMARY KEY,
  register_id      INTEGER NOT NULL REFERENCES registers(id),
  number           INTEGER NOT NULL,
  kind             TEXT NOT NULL CHECK (kind IN ('sale', 'return', 'void')),
  original_sale_id INTEGER REFERENCES sales(id),
  shift_id         INTEGER NOT NULL REFERENCES shifts(id),
  at               TEXT NOT NULL,
  staff_id         INTEGER NOT NULL REFERENCES staff(id),
  total_cents      INTEGER NOT NULL,
  discount_cents   INTEGER NOT NULL,
  change_cents     INTEGER NOT NULL CHECK (change_cents >= 0),
  client_ref       TEXT UNIQUE,
  -- SHA-256 of the request that made this receipt: a retry must ask for the same thing.
  request_hash     TEXT,
  prev_hash        TEXT NOT NULL,
  hash             TEXT NOT NULL,
  journal_entry_id INTEGER NOT NULL REFERENCES journal_entries(id),
  UNIQUE (register_id, number)
) STRICT;
CREATE INDEX sales_shift ON sales(shift_id);
CREATE INDEX sales_original ON sales(original_sale_id);

CREATE TABLE sale_lines (
  id               INTEGER PRIMARY KEY,
  sale_id          INTEGER NOT NULL REFERENCES sales(id),
  line_no          INTEGER NOT NULL,
  kind             TEXT NOT NULL CHECK (kind IN ('product', 'voucher')),
  product_id       INTEGER REFERENCES products(id),
  name             TEXT NOT NULL,
  sku              TEXT,
  unit             TEXT NOT NULL CHECK (unit IN ('piece', 'kg')),
  quantity         INTEGER NOT NULL CHECK (quantity <> 0),
  unit_price_cents INTEGER NOT NULL,
  gross_cents      INTEGER NOT NULL,
  discount_cents   INTEGER NOT NULL,
  total_cents      INTEGER NOT NULL,
  vat_rate_id      INTEGER REFERENCES vat_rates(id),
  vat_rate_bp      INTEGER,
  voucher_code     TEXT,
  original_line_id INTEGER REFERENCES sale_lines(id),
  price_overridden INTEGER NOT NULL DEFAULT 0 CHECK (price_overridden IN (0, 1)),
  UNIQUE (sale_id, line_no)
) STRICT;
CREATE INDEX sale_lines_original ON sale_lines(original_line_id);

-- Signed: a refund is a negative payment. Cash is what was tendered; change is on the sale.
CREATE TABLE sale_payments (
  id           INTEGER PRIMARY KEY,
  sale_id      INTEGER NOT NULL REFERENCES sales(id),
  method       TEXT NOT NULL CHECK (method IN ('cash', 'card', 'voucher')),
  amount_cents INTEGER NOT NULL CHECK (amount_cents <> 0),
  voucher_code TEXT
) STRICT;
CREATE INDEX sale_payments_sale ON sale_payments(sale_id);

CREATE TABLE sale_vat (
  sale_id     INTEGER NOT NULL REFERENCES sales(id),
  vat_rate_id INTEGER NOT NULL REFERENCES vat_rates(id),
  rate_bp     INTEGER NOT NULL,
  gross_cents INTEGER NOT NULL,
  net_cents   INTEGER NOT NULL,
  vat_cents   INTEGER NOT NULL,
  PRIMARY KEY (sale_id, vat_rate_id)
) STRICT, WITHOUT ROWID;

CREATE TABLE vouchers (
  code          TEXT PRIMARY KEY,
  sale_line_id  INTEGER NOT NULL REFERENCES sale_lines(id),
  initial_cents INTEGER NOT NULL CHECK (initial_cents > 0),
  issued_at     TEXT NOT NULL
) STRICT;

-- The balance of a voucher is the sum of its moves.
CREATE TABLE voucher_moves (
  id           INTEGER PRIMARY KEY,
  code         TEXT NOT NULL REFERENCES vouchers(code),
  sale_id      INTEGER NOT NULL REFERENCES sales(id),
  amount_cents INTEGER NOT NULL CHECK (amount_cents <> 0),
  at           TEXT NOT NULL
) STRICT;
CREATE INDEX voucher_moves_code ON voucher_moves(code);

CREATE TABLE receipt_prints (
  id       INTEGER PRIMARY KEY,
  sale_id  INTEGER NOT NULL REFERENCES sales(id),
  copy     INTEGER NOT NULL,
  at       TEXT NOT NULL,
  staff_id INTEGER NOT NULL REFERENCES staff(id)
) STRICT;

CREATE TABLE approvals (
  id           INTEGER PRIMARY KEY,
  action       TEXT NOT NULL,
  manager_id   INTEGER NOT NULL REFERENCES staff(id),
  requested_by INTEGER NOT NULL REFERENCES staff(id),
  created_at   TEXT NOT NULL,
  expires_at   TEXT NOT NULL,
  used_at      TEXT
) STRICT;

-- Drafts: freely editable and deleted on recall.
CREATE TABLE parked_sales (
  id          INTEGER PRIMARY KEY,
  register_id INTEGER NOT NULL REFERENCES registers(id),
  label       TEXT NOT NULL,
  cart        TEXT NOT NULL,
  parked_at   TEXT NOT NULL,
  staff_id    INTEGER NOT NULL REFERENCES staff(id),
  line_count  INTEGER NOT NULL,
  total_cents INTEGER NOT NULL
) STRICT;

CREATE TABLE z_reports (
  id          INTEGER PRIMARY KEY,
  shift_id    INTEGER NOT NULL UNIQUE REFERENCES shifts(id),
  register_id INTEGER NOT NULL REFERENCES registers(id),
  z_number    INTEGER NOT NULL,
  closed_at   TEXT NOT NULL,
  report      TEXT NOT NULL,
  UNIQUE (register_id, z_number)
) STRICT;

CREATE TRIGGER sales_no_update BEFORE UPDATE ON sales BEGIN SELECT RAISE(ABORT, 'posted receipts are immutable; void or return instead'); END;
CREATE TRIGGER sales_no_delete BEFORE DELETE ON sales BEGIN SELECT RAISE(ABORT, 'posted receipts are immutable; void or return instead'); END;
CREATE TRIGGER sale_lines_no_update BEFORE UPDATE ON sale_lines BEGIN SELECT RAISE(ABORT, 'posted receipt lines are immutable'); END;
CREATE TRIGGER sale_lines_no_delete BEFORE DELETE ON sale_lines BEGIN SELECT RAISE(ABORT, 'posted receipt lines are immutable'); END;
CREATE TRIGGER sale_payments_no_update BEFORE UPDATE ON sale_payments BEGIN SELECT RAISE(ABORT, 'posted payments are immutable'); END;
CREATE TRIGGER sale_payments_no_delete BEFORE DELETE ON sale_payments BEGIN SELECT RAISE(ABORT, 'posted payments are immutable'); END;
CREATE TRIGGER sale_vat_no_update BEFORE UPDATE ON sale_vat BEGIN SELECT RAISE(ABORT, 'posted VAT is immutable'); END;
CREATE TRIGGER sale_vat_no_delete BEFORE DELETE ON sale_vat BEGIN SELECT RAISE(ABORT, 'posted VAT is immutable'); END;
CREATE TRIGGER cash_moves_no_update BEFORE UPDATE ON cash_moves BEGIN SELECT RAISE(ABORT, 'cash moves are immutable'); END;
CREATE TRIGGER cash_moves_no_delete BEFORE DELETE ON cash_moves BEGIN SELECT RAISE(ABORT, 'cash moves are immutable'); END;
CREATE TRIGGER vouchers_no_update BEFORE UPDATE ON vouchers BEGIN SELECT RAISE(ABORT, 'vouchers are immutable'); END;
CREATE TRIGGER vouchers_no_delete BEFORE DELETE ON vouchers BEGIN SELECT RAISE(ABORT, 'vouchers are immutable'); END;
CREATE TRIGGER voucher_moves_no_update BEFORE UPDATE ON voucher_moves BEGIN SELECT RAISE(ABORT, 'voucher moves are immutable'); END;
CREATE TRIGGER voucher_moves_no_delete BEFORE DELETE ON voucher_moves BEGIN SELECT RAISE(ABORT, 'voucher moves are immutable'); END;
CREATE TRIGGER z_reports_no_update BEFORE UPDATE ON z_reports BEGIN SELECT RAISE(ABORT, 'Z reports are immutable'); END;
CREATE TRIGGER z_reports_no_delete BEFORE DELETE ON z_reports BEGIN SELECT RAISE(ABORT, 'Z reports are immutable'); END;
CREATE TRIGGER receipt_prints_no_update BEFORE UPDATE ON receipt_prints BEGIN SELECT RAISE(ABORT, 'print records are immutable'); END;
CREATE TRIGGER approvals_use_once BEFORE UPDATE ON approvals
WHEN OLD.used_at IS NOT NULL OR NEW.used_at IS NULL OR NEW.action <> OLD.action OR NEW.manager_id <> OLD.manager_id
BEGIN SELECT RAISE(ABORT, 'an approval is used once'); END;
