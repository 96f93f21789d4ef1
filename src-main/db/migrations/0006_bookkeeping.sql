-- Bookkeeping: VAT links on accounts, the booking day on every journal line (so balances and
-- reports read one covering index), single reversals, attached receipts, period locks and
-- year-end closings. The full preset chart is added by the migration's code step (charts.ts).

ALTER TABLE accounts ADD COLUMN vat_rate_id INTEGER REFERENCES vat_rates(id);

DROP TRIGGER journal_lines_no_update;
ALTER TABLE journal_lines ADD COLUMN booked_on TEXT NOT NULL DEFAULT '';
UPDATE journal_lines SET booked_on = (SELECT e.booked_on FROM journal_entries e WHERE e.id = journal_lines.entry_id);
CREATE TRIGGER journal_lines_no_update BEFORE UPDATE ON journal_lines
BEGIN SELECT RAISE(ABORT, 'posted journal lines are immutable'); END;

DROP INDEX journal_lines_account;
CREATE INDEX journal_lines_account ON journal_lines(account_id, booked_on, amount_cents, vat_rate_id);
DROP INDEX journal_lines_entry;
CREATE INDEX journal_lines_entry ON journal_lines(entry_id, account_id, amount_cents);
CREATE UNIQUE INDEX journal_entries_reverses ON journal_entries(reverses_entry_id) WHERE reverses_entry_id IS NOT NULL;

-- Scanned receipts and other documents, kept inside the database so every backup holds them.
CREATE TABLE attachments (
  id         INTEGER PRIMARY KEY,
  entry_id   INTEGER NOT NULL REFERENCES journal_entries(id),
  file_name  TEXT NOT NULL,
  mime_type  TEXT NOT NULL,
  size       INTEGER NOT NULL,
  sha256     TEXT NOT NULL,
  content    BLOB NOT NULL,
  added_at   TEXT NOT NULL,
  staff_id   INTEGER REFERENCES staff(id)
) STRICT;
CREATE INDEX attachments_entry ON attachments(entry_id);
CREATE TRIGGER attachments_no_update BEFORE UPDATE ON attachments
BEGIN SELECT RAISE(ABORT, 'attached documents are immutable'); END;
CREATE TRIGGER attachments_no_delete BEFORE DELETE ON attachments
BEGIN SELECT RAISE(ABORT, 'attached documents are immutable'); END;

-- Each lock moves the lock date forward; the history stays.
CREATE TABLE period_locks (
  id        INTEGER PRIMARY KEY,
  lock_date TEXT NOT NULL,
  locked_at TEXT NOT NULL,
  staff_id  INTEGER REFERENCES staff(id)
) STRICT;
CREATE TRIGGER period_locks_no_update BEFORE UPDATE ON period_locks
BEGIN SELECT RAISE(ABORT, 'period locks are permanent'); END;
CREATE TRIGGER period_locks_no_delete BEFORE DELETE ON period_locks
BEGIN SELECT RAISE(ABORT, 'period locks are permanent'); END;

CREATE TABLE year_closings (
  year      INTEGER PRIMARY KEY,
  entry_id  INTEGER REFERENCES journal_entries(id),
  closed_at TEXT NOT NULL,
  staff_id  INTEGER REFERENCES staff(id)
) STRICT;
