-- Ledger and stock basics: accounts (SKR03 preset), gap-free number series, journal entries and
-- lines, stock locations and moves. Posted rows are immutable; corrections are new rows.

CREATE TABLE number_series (
  key        TEXT PRIMARY KEY,
  next_value INTEGER NOT NULL CHECK (next_value >= 1)
) STRICT;

CREATE TABLE accounts (
  id         INTEGER PRIMARY KEY,
  number     TEXT NOT NULL UNIQUE,
  name       TEXT NOT NULL,
  type       TEXT NOT NULL CHECK (type IN ('asset', 'liability', 'equity', 'income', 'expense')),
  -- What the system posts to this account for ('cash', 'revenue19' …); null for the owner's own.
  role       TEXT UNIQUE,
  retired_at TEXT
) STRICT;

INSERT INTO accounts (number, name, type, role) VALUES
  ('1000', 'Kasse', 'asset', 'cash'),
  ('1200', 'Bank', 'asset', 'bank'),
  ('1360', 'Geldtransit', 'asset', 'transit'),
  ('1361', 'Kartenzahlungen (EC/Kreditkarte)', 'asset', 'cardClearing'),
  ('1718', 'Verbindlichkeiten aus Gutscheinen', 'liability', 'voucherLiability'),
  ('1770', 'Umsatzsteuer', 'liability', 'vatOther'),
  ('1771', 'Umsatzsteuer 7 %', 'liability', 'vat700'),
  ('1776', 'Umsatzsteuer 19 %', 'liability', 'vat1900'),
  ('1800', 'Privatentnahmen', 'equity', 'ownerWithdrawal'),
  ('1890', 'Privateinlagen', 'equity', 'ownerDeposit'),
  ('4900', 'Kassendifferenzen', 'expense', 'cashDifference'),
  ('4980', 'Sonstiger Betriebsbedarf', 'expense', 'pettyExpense'),
  ('8000', 'Erlöse', 'income', 'revenueOther'),
  ('8120', 'Steuerfreie Umsätze', 'income', 'revenue0'),
  ('8300', 'Erlöse 7 % USt', 'income', 'revenue700'),
  ('8400', 'Erlöse 19 % USt', 'income', 'revenue1900');

CREATE TABLE journal_entries (
  id                INTEGER PRIMARY KEY,
  number            INTEGER NOT NULL UNIQUE,
  booked_on         TEXT NOT NULL,
  posted_at         TEXT NOT NULL,
  text              TEXT NOT NULL,
  source_type       TEXT NOT NULL,
  source_id         INTEGER,
  reverses_entry_id INTEGER REFERENCES journal_entries(id),
  staff_id          INTEGER REFERENCES staff(id),
  -- Hash chain over every entry with its lines, so any later edit is detected (see chain.ts).
  prev_hash         TEXT NOT NULL,
  hash              TEXT NOT NULL
) STRICT;
CREATE INDEX journal_entries_source ON journal_entries(source_type, source_id);
CREATE INDEX journal_entries_booked ON journal_entries(booked_on);

-- Debit positive, credit negative; every entry sums to zero (checked by the posting function).
CREATE TABLE journal_lines (
  id           INTEGER PRIMARY KEY,
  entry_id     INTEGER NOT NULL REFERENCES journal_entries(id),
  account_id   INTEGER NOT NULL REFERENCES accounts(id),
  amount_cents INTEGER NOT NULL CHECK (amount_cents <> 0),
  vat_rate_id  INTEGER REFERENCES vat_rates(id)
) STRICT;
CREATE INDEX journal_lines_entry ON journal_lines(entry_id);
CREATE INDEX journal_lines_account ON journal_lines(account_id, entry_id);

CREATE TRIGGER journal_entries_no_update BEFORE UPDATE ON journal_entries
BEGIN SELECT RAISE(ABORT, 'posted journal entries are immutable; post a reversal'); END;
CREATE TRIGGER journal_entries_no_delete BEFORE DELETE ON journal_entries
BEGIN SELECT RAISE(ABORT, 'posted journal entries are immutable; post a reversal'); END;
CREATE TRIGGER journal_lines_no_update BEFORE UPDATE ON journal_lines
BEGIN SELECT RAISE(ABORT, 'posted journal lines are immutable'); END;
CREATE TRIGGER journal_lines_no_delete BEFORE DELETE ON journal_lines
BEGIN SELECT RAISE(ABORT, 'posted journal lines are immutable'); END;

CREATE TABLE stock_locations (
  id   INTEGER PRIMARY KEY,
  name TEXT NOT NULL UNIQUE,
  role TEXT UNIQUE
) STRICT;
INSERT INTO stock_locations (id, name, role) VALUES (1, 'Laden', 'shop'), (2, 'Lager', 'storeRoom');

CREATE TABLE stock_moves (
  id          INTEGER PRIMARY KEY,
  product_id  INTEGER NOT NULL REFERENCES products(id),
  location_id INTEGER NOT NULL REFERENCES stock_locations(id),
  quantity    INTEGER NOT NULL CHECK (quantity <> 0),
  reason      TEXT NOT NULL CHECK (reason IN ('sale', 'return', 'void', 'goodsReceipt', 'adjustment', 'countDifference', 'transfer', 'production', 'waste', 'opening')),
  source_type TEXT,
  source_id   INTEGER,
  at          TEXT NOT NULL,
  staff_id    INTEGER REFERENCES staff(id),
  prev_hash   TEXT NOT NULL,
  hash        TEXT NOT NULL
) STRICT;
CREATE INDEX stock_moves_product ON stock_moves(product_id, location_id);

CREATE TRIGGER stock_moves_no_update BEFORE UPDATE ON stock_moves
BEGIN SELECT RAISE(ABORT, 'stock moves are immutable; record a correcting move'); END;
CREATE TRIGGER stock_moves_no_delete BEFORE DELETE ON stock_moves
BEGIN SELECT RAISE(ABORT, 'stock moves are immutable; record a correcting move'); END;
