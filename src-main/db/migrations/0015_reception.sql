-- Reception at the counter: deposits taken when a customer order or service job is taken in.
-- A deposit is a liability (erhaltene Anzahlungen) until the work is handed over; its VAT is due
-- when received (§13 Abs. 1 Nr. 1a UStG), so the journal entry carries the VAT at once. The
-- deposits account itself (role customerDeposits) is added by the migration's code step, in the
-- number of the shop's chart.
-- The VAT rate the work is sold at, chosen when it is taken in (the handover bills at it).
CREATE TABLE reception_orders (
  work_order_id INTEGER PRIMARY KEY REFERENCES work_orders(id),
  vat_rate_id   INTEGER NOT NULL REFERENCES vat_rates(id)
) STRICT;
CREATE TRIGGER reception_orders_fixed BEFORE UPDATE ON reception_orders BEGIN SELECT RAISE(ABORT, 'the reception record is fixed'); END;
CREATE TRIGGER reception_orders_no_delete BEFORE DELETE ON reception_orders BEGIN SELECT RAISE(ABORT, 'the reception record is fixed'); END;

CREATE TABLE reception_deposits (
  id               INTEGER PRIMARY KEY,
  work_order_id    INTEGER NOT NULL REFERENCES work_orders(id),
  amount_cents     INTEGER NOT NULL CHECK (amount_cents > 0),
  method           TEXT NOT NULL CHECK (method IN ('cash', 'card')),
  vat_rate_id      INTEGER NOT NULL REFERENCES vat_rates(id),
  rate_bp          INTEGER NOT NULL,
  net_cents        INTEGER NOT NULL,
  vat_cents        INTEGER NOT NULL,
  journal_entry_id INTEGER NOT NULL REFERENCES journal_entries(id),
  at               TEXT NOT NULL,
  staff_id         INTEGER NOT NULL REFERENCES staff(id),
  -- The open shift a cash deposit went into the drawer of (NULL for card).
  shift_id         INTEGER REFERENCES shifts(id),
  -- Set once, when the work is handed over: the receipt that settled the deposit and the entry that released it.
  settled_sale_id  INTEGER REFERENCES sales(id),
  settled_entry_id INTEGER REFERENCES journal_entries(id),
  CHECK (net_cents + vat_cents = amount_cents)
) STRICT;
CREATE INDEX reception_deposits_order ON reception_deposits(work_order_id);

CREATE TRIGGER reception_deposits_no_delete BEFORE DELETE ON reception_deposits
BEGIN SELECT RAISE(ABORT, 'deposits are never deleted'); END;
-- Only the settlement may be written later, and only once.
CREATE TRIGGER reception_deposits_fixed BEFORE UPDATE ON reception_deposits
  WHEN OLD.settled_sale_id IS NOT NULL
    OR NEW.id <> OLD.id OR NEW.work_order_id <> OLD.work_order_id OR NEW.amount_cents <> OLD.amount_cents OR NEW.method <> OLD.method
    OR NEW.vat_rate_id <> OLD.vat_rate_id OR NEW.rate_bp <> OLD.rate_bp OR NEW.net_cents <> OLD.net_cents OR NEW.vat_cents <> OLD.vat_cents
    OR NEW.journal_entry_id <> OLD.journal_entry_id OR NEW.at <> OLD.at OR NEW.staff_id <> OLD.staff_id OR NEW.shift_id IS NOT OLD.shift_id
BEGIN SELECT RAISE(ABORT, 'a deposit is fixed; only its settlement is recorded, once'); END;
