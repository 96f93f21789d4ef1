-- Customers: the register of customers (gap-free numbers, never deleted), the link of a receipt to
-- its customer, the customer account (a sub-ledger of the receivables account) and customer
-- payments; the counter's new tender "on account".

CREATE TABLE customers (
  id                 INTEGER PRIMARY KEY,
  -- Gap-free (number series 'customer'), taken in the creating transaction; never reused.
  number             INTEGER NOT NULL UNIQUE CHECK (number > 0),
  kind               TEXT NOT NULL CHECK (kind IN ('person', 'business')),
  name               TEXT NOT NULL CHECK (length(name) > 0),
  contact_person     TEXT NOT NULL DEFAULT '',
  phone              TEXT NOT NULL DEFAULT '',
  -- The phone's digits only: what search and the duplicate hint compare.
  phone_digits       TEXT NOT NULL DEFAULT '',
  email              TEXT NOT NULL DEFAULT '',
  vat_id             TEXT NOT NULL DEFAULT '',
  street             TEXT NOT NULL DEFAULT '',
  postal_code        TEXT NOT NULL DEFAULT '',
  city               TEXT NOT NULL DEFAULT '',
  country_code       TEXT NOT NULL DEFAULT '',
  -- Days until an on-account sale is due.
  payment_terms_days INTEGER NOT NULL DEFAULT 0 CHECK (payment_terms_days BETWEEN 0 AND 365),
  -- Whether the counter may sell to this customer on account, and up to which open balance (NULL: no limit).
  on_account         INTEGER NOT NULL DEFAULT 0 CHECK (on_account IN (0, 1)),
  credit_limit_cents INTEGER CHECK (credit_limit_cents IS NULL OR credit_limit_cents >= 0),
  note               TEXT NOT NULL DEFAULT '',
  active             INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
  created_at         TEXT NOT NULL,
  updated_at         TEXT NOT NULL
) STRICT;
CREATE INDEX customers_name_nocase ON customers(name COLLATE NOCASE);
CREATE INDEX customers_phone_digits ON customers(phone_digits) WHERE phone_digits <> '';
CREATE INDEX customers_email_nocase ON customers(email COLLATE NOCASE) WHERE email <> '';
CREATE TRIGGER customers_no_delete BEFORE DELETE ON customers
BEGIN SELECT RAISE(ABORT, 'customers are never deleted; deactivate them instead'); END;
CREATE TRIGGER customers_number_fixed BEFORE UPDATE OF number ON customers WHEN NEW.number <> OLD.number
BEGIN SELECT RAISE(ABORT, 'a customer number never changes'); END;

-- Find as you type: every word of the name and contact person, and the "codes" (number, phone
-- digits, e-mail, VAT ID, postal code, city), matched from their beginning; prefix indexes make
-- queries of one to three characters cheap. Kept in sync by triggers. FTS5 tables cannot be STRICT.
CREATE VIRTUAL TABLE customer_search USING fts5(
  name, codes,
  tokenize = 'unicode61 remove_diacritics 2',
  prefix = '1 2 3'
);
CREATE TRIGGER customers_search_insert AFTER INSERT ON customers BEGIN
  INSERT INTO customer_search (rowid, name, codes) VALUES (new.id, new.name || ' ' || new.contact_person,
    new.number || ' ' || new.phone_digits || ' ' || new.email || ' ' || new.vat_id || ' ' || new.postal_code || ' ' || new.city);
END;
CREATE TRIGGER customers_search_update AFTER UPDATE ON customers BEGIN
  DELETE FROM customer_search WHERE rowid = old.id;
  INSERT INTO customer_search (rowid, name, codes) VALUES (new.id, new.name || ' ' || new.contact_person,
    new.number || ' ' || new.phone_digits || ' ' || new.email || ' ' || new.vat_id || ' ' || new.postal_code || ' ' || new.city);
END;

-- The customer a receipt was made for. A sale's customer is fixed when it is written; its
-- returns and voids carry the same customer. A separate table keeps `sales` (and the checkout
-- without a customer) exactly as it was.
CREATE TABLE sale_customers (
  sale_id     INTEGER PRIMARY KEY REFERENCES sales(id),
  customer_id INTEGER NOT NULL REFERENCES customers(id)
) STRICT;
CREATE INDEX sale_customers_customer ON sale_customers(customer_id, sale_id);
CREATE TRIGGER sale_customers_no_update BEFORE UPDATE ON sale_customers BEGIN SELECT RAISE(ABORT, 'the customer of a receipt is fixed'); END;
CREATE TRIGGER sale_customers_no_delete BEFORE DELETE ON sale_customers BEGIN SELECT RAISE(ABORT, 'the customer of a receipt is fixed'); END;

-- Payments a customer makes on their account (in the back office: cash or bank).
CREATE TABLE customer_payments (
  id               INTEGER PRIMARY KEY,
  customer_id      INTEGER NOT NULL REFERENCES customers(id),
  method           TEXT NOT NULL CHECK (method IN ('cash', 'bank')),
  amount_cents     INTEGER NOT NULL CHECK (amount_cents > 0),
  booked_on        TEXT NOT NULL,
  note             TEXT NOT NULL DEFAULT '',
  at               TEXT NOT NULL,
  staff_id         INTEGER NOT NULL REFERENCES staff(id),
  journal_entry_id INTEGER NOT NULL REFERENCES journal_entries(id)
) STRICT;
CREATE INDEX customer_payments_customer ON customer_payments(customer_id, id);
CREATE TRIGGER customer_payments_no_update BEFORE UPDATE ON customer_payments BEGIN SELECT RAISE(ABORT, 'posted payments are immutable'); END;
CREATE TRIGGER customer_payments_no_delete BEFORE DELETE ON customer_payments BEGIN SELECT RAISE(ABORT, 'posted payments are immutable'); END;

-- The customer account: every posting to the receivables account that belongs to a customer has
-- a row here with the same amount (debit +: the customer owes more; credit −: less), so the open
-- balance of a customer is the sum of their rows and the rows of one journal entry add up to its
-- receivables lines. Append-only. `source_type` names the document as the journal does
-- ('counter.sale', 'counter.return', 'counter.void', 'customers.payment'; later invoices …), so
-- new kinds need no schema change.
CREATE TABLE customer_ledger (
  id               INTEGER PRIMARY KEY,
  customer_id      INTEGER NOT NULL REFERENCES customers(id),
  source_type      TEXT NOT NULL,
  source_id        INTEGER NOT NULL,
  amount_cents     INTEGER NOT NULL CHECK (amount_cents <> 0),
  booked_on        TEXT NOT NULL,
  -- When an on-account sale is due (booked_on + payment terms); NULL for credits.
  due_on           TEXT,
  at               TEXT NOT NULL,
  journal_entry_id INTEGER NOT NULL REFERENCES journal_entries(id)
) STRICT;
CREATE INDEX customer_ledger_customer ON customer_ledger(customer_id, booked_on, amount_cents);
CREATE INDEX customer_ledger_entry ON customer_ledger(journal_entry_id);
CREATE INDEX customer_ledger_source ON customer_ledger(source_type, source_id);
CREATE TRIGGER customer_ledger_no_update BEFORE UPDATE ON customer_ledger BEGIN SELECT RAISE(ABORT, 'the customer account is append-only'); END;
CREATE TRIGGER customer_ledger_no_delete BEFORE DELETE ON customer_ledger BEGIN SELECT RAISE(ABORT, 'the customer account is append-only'); END;

-- The counter's tenders gain 'account' (sold on account to a known customer). SQLite cannot
-- change a CHECK constraint in place, so the payments table is rebuilt with every row, id and
-- trigger as before (nothing references it; the receipt hash chain reads the same values back).
CREATE TABLE sale_payments_next (
  id           INTEGER PRIMARY KEY,
  sale_id      INTEGER NOT NULL REFERENCES sales(id),
  method       TEXT NOT NULL CHECK (method IN ('cash', 'card', 'voucher', 'account')),
  amount_cents INTEGER NOT NULL CHECK (amount_cents <> 0),
  voucher_code TEXT
) STRICT;
INSERT INTO sale_payments_next (id, sale_id, method, amount_cents, voucher_code)
  SELECT id, sale_id, method, amount_cents, voucher_code FROM sale_payments ORDER BY id;
DROP TABLE sale_payments;
ALTER TABLE sale_payments_next RENAME TO sale_payments;
CREATE INDEX sale_payments_sale ON sale_payments(sale_id);
CREATE TRIGGER sale_payments_no_update BEFORE UPDATE ON sale_payments BEGIN SELECT RAISE(ABORT, 'posted payments are immutable'); END;
CREATE TRIGGER sale_payments_no_delete BEFORE DELETE ON sale_payments BEGIN SELECT RAISE(ABORT, 'posted payments are immutable'); END;
