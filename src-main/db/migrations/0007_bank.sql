-- Bank: bank accounts (each booked on one ledger account), saved CSV column mappings, imported
-- statements and their lines. Imported lines are never changed or deleted; only their match
-- (the journal entry they are linked to) is set. A line counts as open again once that entry
-- has been reversed, so undoing a match is a reversal in the journal.

CREATE TABLE bank_accounts (
  id         INTEGER PRIMARY KEY,
  name       TEXT NOT NULL UNIQUE,
  -- Upper case, no spaces; a CAMT statement finds its account by it.
  iban       TEXT UNIQUE,
  -- One bank account per ledger account, so the ledger balance is this bank's balance.
  account_id INTEGER NOT NULL UNIQUE REFERENCES accounts(id)
) STRICT;

-- The chart's bank account (role 'bank' keeps its id across chart switches).
INSERT INTO bank_accounts (name, account_id) SELECT 'Bank', id FROM accounts WHERE role = 'bank';

CREATE TABLE bank_mappings (
  id         INTEGER PRIMARY KEY,
  name       TEXT NOT NULL UNIQUE,
  mapping    TEXT NOT NULL,
  -- The header row (JSON array) the mapping was saved for: a file with the same header uses it.
  header     TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;

-- One row per imported statement (a CAMT file may hold several; a CSV file is one), written only
-- when it added lines.
CREATE TABLE bank_imports (
  id              INTEGER PRIMARY KEY,
  bank_account_id INTEGER NOT NULL REFERENCES bank_accounts(id),
  file_name       TEXT NOT NULL,
  format          TEXT NOT NULL CHECK (format IN ('csv', 'camt')),
  statement_ref   TEXT,
  imported_at     TEXT NOT NULL,
  staff_id        INTEGER REFERENCES staff(id),
  added           INTEGER NOT NULL CHECK (added > 0),
  duplicates      INTEGER NOT NULL CHECK (duplicates >= 0),
  from_on         TEXT,
  to_on           TEXT,
  opening_on      TEXT,
  opening_cents   INTEGER,
  closing_on      TEXT,
  closing_cents   INTEGER
) STRICT;
CREATE INDEX bank_imports_closing ON bank_imports(bank_account_id, closing_on);
CREATE TRIGGER bank_imports_no_update BEFORE UPDATE ON bank_imports
BEGIN SELECT RAISE(ABORT, 'imported statements are kept as imported'); END;
CREATE TRIGGER bank_imports_no_delete BEFORE DELETE ON bank_imports
BEGIN SELECT RAISE(ABORT, 'imported statements are kept as imported'); END;

CREATE TABLE bank_lines (
  id                INTEGER PRIMARY KEY,
  bank_account_id   INTEGER NOT NULL REFERENCES bank_accounts(id),
  import_id         INTEGER NOT NULL REFERENCES bank_imports(id),
  booked_on         TEXT NOT NULL,
  value_on          TEXT,
  amount_cents      INTEGER NOT NULL CHECK (amount_cents <> 0),
  currency          TEXT NOT NULL,
  counterparty      TEXT NOT NULL,
  counterparty_iban TEXT,
  purpose           TEXT NOT NULL,
  -- End-to-end id or the bank's own reference.
  reference         TEXT,
  -- Date, amount, counterparty, purpose and reference, plus "#n" for the n-th identical line of a
  -- file: the same file imported again adds nothing, two genuinely equal payments both count.
  fingerprint       TEXT NOT NULL,
  entry_id          INTEGER REFERENCES journal_entries(id),
  match_kind        TEXT CHECK (match_kind IN ('linked', 'cleared', 'created')),
  matched_at        TEXT,
  matched_by        INTEGER REFERENCES staff(id),
  CHECK ((entry_id IS NULL) = (match_kind IS NULL)),
  UNIQUE (bank_account_id, fingerprint)
) STRICT;
CREATE INDEX bank_lines_account ON bank_lines(bank_account_id, booked_on);
CREATE INDEX bank_lines_entry ON bank_lines(entry_id) WHERE entry_id IS NOT NULL;

CREATE TRIGGER bank_lines_imported_fixed BEFORE UPDATE OF id, bank_account_id, import_id, booked_on, value_on, amount_cents, currency,
  counterparty, counterparty_iban, purpose, reference, fingerprint ON bank_lines
BEGIN SELECT RAISE(ABORT, 'imported bank lines are immutable'); END;
CREATE TRIGGER bank_lines_no_delete BEFORE DELETE ON bank_lines
BEGIN SELECT RAISE(ABORT, 'imported bank lines are kept'); END;

-- Which open items (journal lines on transit, card clearing, receivables, payables) a bank line
-- settled, and by which entry: an item is open while no unreversed entry settled it.
CREATE TABLE bank_cleared_items (
  bank_line_id    INTEGER NOT NULL REFERENCES bank_lines(id),
  journal_line_id INTEGER NOT NULL REFERENCES journal_lines(id),
  entry_id        INTEGER NOT NULL REFERENCES journal_entries(id),
  PRIMARY KEY (journal_line_id, entry_id)
) STRICT;
CREATE INDEX bank_cleared_items_line ON bank_cleared_items(bank_line_id);
CREATE TRIGGER bank_cleared_items_no_update BEFORE UPDATE ON bank_cleared_items
BEGIN SELECT RAISE(ABORT, 'settled items are kept; reverse the entry instead'); END;
CREATE TRIGGER bank_cleared_items_no_delete BEFORE DELETE ON bank_cleared_items
BEGIN SELECT RAISE(ABORT, 'settled items are kept; reverse the entry instead'); END;
