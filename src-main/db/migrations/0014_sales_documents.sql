-- Sales documents for customers: quotes, order confirmations, invoices and credit notes
-- (module "salesdocs", src-shared/contract/salesdocs.ts).
--
-- A document starts as a draft (freely edited, lines replaced, no number) and is either issued
-- (fixed for good: number, document date, buyer snapshot, totals; invoices and credit notes
-- posted) or discarded (kept, never numbered, so the number series have no gaps). Numbers come
-- from the gap-free series 'salesdocs.<kind>.<year>' and read like RE-2026-0001.
-- `source_id` links a document to the one it was made from (quote → order → invoice) and a
-- credit note to the invoice it corrects. The buyer's name, address and VAT ID are copied from
-- the customer, so an issued document never changes when the customer is edited.
-- Money: integer cents, prices net; quantities: integer thousandths.

CREATE TABLE sales_documents (
  id                 INTEGER PRIMARY KEY,
  kind               TEXT NOT NULL CHECK (kind IN ('quote', 'order', 'invoice', 'creditNote')),
  status             TEXT NOT NULL CHECK (status IN ('draft', 'issued', 'discarded')),
  number             TEXT UNIQUE,
  customer_id        INTEGER NOT NULL REFERENCES customers(id),
  source_id          INTEGER REFERENCES sales_documents(id),
  buyer_name         TEXT NOT NULL,
  buyer_street       TEXT NOT NULL DEFAULT '',
  buyer_postal_code  TEXT NOT NULL DEFAULT '',
  buyer_city         TEXT NOT NULL DEFAULT '',
  buyer_country_code TEXT NOT NULL DEFAULT '',
  buyer_vat_id       TEXT NOT NULL DEFAULT '',
  -- The customer's reference (their order number).
  reference          TEXT NOT NULL DEFAULT '',
  -- Delivery / performance date: one day (delivery_to NULL) or a period; NULL: the document date.
  delivery_from      TEXT,
  delivery_to        TEXT,
  valid_until        TEXT,
  payment_terms_days INTEGER NOT NULL CHECK (payment_terms_days BETWEEN 0 AND 365),
  intro              TEXT NOT NULL DEFAULT '',
  note               TEXT NOT NULL DEFAULT '',
  -- Totals as computed from the lines (per rate in sales_document_rates); fixed at issue.
  net_cents          INTEGER NOT NULL CHECK (net_cents >= 0),
  vat_cents          INTEGER NOT NULL CHECK (vat_cents >= 0),
  gross_cents        INTEGER NOT NULL CHECK (gross_cents = net_cents + vat_cents),
  -- Set when issued: the document (invoice) date and, for invoices, the due day.
  document_date      TEXT,
  due_on             TEXT,
  journal_entry_id   INTEGER REFERENCES journal_entries(id),
  created_at         TEXT NOT NULL,
  created_by         INTEGER REFERENCES staff(id),
  updated_at         TEXT NOT NULL,
  issued_at          TEXT,
  issued_by          INTEGER REFERENCES staff(id),
  CHECK ((status = 'issued') = (number IS NOT NULL)),
  CHECK ((status = 'issued') = (document_date IS NOT NULL)),
  CHECK ((status = 'issued' AND kind = 'invoice') = (due_on IS NOT NULL)),
  -- Invoices and credit notes are posted when issued; quotes and orders never are.
  CHECK ((status = 'issued' AND kind IN ('invoice', 'creditNote')) = (journal_entry_id IS NOT NULL)),
  CHECK (kind <> 'creditNote' OR source_id IS NOT NULL),
  CHECK (delivery_to IS NULL OR (delivery_from IS NOT NULL AND delivery_from <= delivery_to))
) STRICT;
CREATE INDEX sales_documents_kind ON sales_documents(kind, status, document_date);
CREATE INDEX sales_documents_customer ON sales_documents(customer_id, id);
CREATE INDEX sales_documents_source ON sales_documents(source_id) WHERE source_id IS NOT NULL;
CREATE INDEX sales_documents_due ON sales_documents(due_on) WHERE due_on IS NOT NULL;

-- Issued and discarded documents are fixed: a wrong invoice is corrected by a credit note.
CREATE TRIGGER sales_documents_fixed BEFORE UPDATE ON sales_documents
WHEN old.status <> 'draft'
BEGIN SELECT RAISE(ABORT, 'issued sales documents are immutable; correct an invoice with a credit note'); END;

-- Even a draft keeps what it is and where it came from.
CREATE TRIGGER sales_documents_identity BEFORE UPDATE ON sales_documents
WHEN new.id IS NOT old.id OR new.kind IS NOT old.kind OR new.source_id IS NOT old.source_id
  OR new.created_at IS NOT old.created_at OR new.created_by IS NOT old.created_by
BEGIN SELECT RAISE(ABORT, 'a sales document keeps its kind and origin'); END;

CREATE TRIGGER sales_documents_no_delete BEFORE DELETE ON sales_documents
BEGIN SELECT RAISE(ABORT, 'sales documents are kept; discard a draft instead'); END;

CREATE TABLE sales_document_lines (
  document_id      INTEGER NOT NULL REFERENCES sales_documents(id),
  position         INTEGER NOT NULL CHECK (position > 0),
  -- NULL: a free-text line (a service, a flat fee).
  product_id       INTEGER REFERENCES products(id),
  sku              TEXT NOT NULL DEFAULT '',
  description      TEXT NOT NULL CHECK (length(description) > 0),
  quantity         INTEGER NOT NULL CHECK (quantity > 0),
  unit             TEXT NOT NULL CHECK (unit IN ('piece', 'kg', 'hour', 'day', 'flat')),
  unit_price_cents INTEGER NOT NULL CHECK (unit_price_cents >= 0),
  discount_bp      INTEGER NOT NULL DEFAULT 0 CHECK (discount_bp BETWEEN 0 AND 10000),
  vat_rate_id      INTEGER NOT NULL REFERENCES vat_rates(id),
  net_cents        INTEGER NOT NULL CHECK (net_cents >= 0),
  PRIMARY KEY (document_id, position)
) STRICT, WITHOUT ROWID;
CREATE INDEX sales_document_lines_product ON sales_document_lines(product_id) WHERE product_id IS NOT NULL;

-- Net and VAT per rate as printed (VAT computed per rate on the net sum).
CREATE TABLE sales_document_rates (
  document_id INTEGER NOT NULL REFERENCES sales_documents(id),
  vat_rate_id INTEGER NOT NULL REFERENCES vat_rates(id),
  rate_bp     INTEGER NOT NULL CHECK (rate_bp BETWEEN 0 AND 10000),
  net_cents   INTEGER NOT NULL CHECK (net_cents >= 0),
  vat_cents   INTEGER NOT NULL CHECK (vat_cents >= 0),
  PRIMARY KEY (document_id, vat_rate_id)
) STRICT, WITHOUT ROWID;

-- Lines and rates change only while their document is a draft.
CREATE TRIGGER sales_document_lines_insert_draft BEFORE INSERT ON sales_document_lines
WHEN (SELECT status FROM sales_documents WHERE id = new.document_id) IS NOT 'draft'
BEGIN SELECT RAISE(ABORT, 'the lines of an issued sales document are fixed'); END;
CREATE TRIGGER sales_document_lines_update_draft BEFORE UPDATE ON sales_document_lines
WHEN (SELECT status FROM sales_documents WHERE id = old.document_id) IS NOT 'draft'
  OR (SELECT status FROM sales_documents WHERE id = new.document_id) IS NOT 'draft'
BEGIN SELECT RAISE(ABORT, 'the lines of an issued sales document are fixed'); END;
CREATE TRIGGER sales_document_lines_delete_draft BEFORE DELETE ON sales_document_lines
WHEN (SELECT status FROM sales_documents WHERE id = old.document_id) IS NOT 'draft'
BEGIN SELECT RAISE(ABORT, 'the lines of an issued sales document are fixed'); END;
CREATE TRIGGER sales_document_rates_insert_draft BEFORE INSERT ON sales_document_rates
WHEN (SELECT status FROM sales_documents WHERE id = new.document_id) IS NOT 'draft'
BEGIN SELECT RAISE(ABORT, 'the totals of an issued sales document are fixed'); END;
CREATE TRIGGER sales_document_rates_update_draft BEFORE UPDATE ON sales_document_rates
WHEN (SELECT status FROM sales_documents WHERE id = old.document_id) IS NOT 'draft'
  OR (SELECT status FROM sales_documents WHERE id = new.document_id) IS NOT 'draft'
BEGIN SELECT RAISE(ABORT, 'the totals of an issued sales document are fixed'); END;
CREATE TRIGGER sales_document_rates_delete_draft BEFORE DELETE ON sales_document_rates
WHEN (SELECT status FROM sales_documents WHERE id = old.document_id) IS NOT 'draft'
BEGIN SELECT RAISE(ABORT, 'the totals of an issued sales document are fixed'); END;

-- Money received for an issued invoice (amount > 0) or paid back to the customer after a credit
-- note (amount < 0). Posted (bank or cash against receivables) in the same transaction; the row
-- is written first and gets its journal entry right after, then never changes.
CREATE TABLE sales_payments (
  id               INTEGER PRIMARY KEY,
  invoice_id       INTEGER NOT NULL REFERENCES sales_documents(id),
  paid_on          TEXT NOT NULL,
  amount_cents     INTEGER NOT NULL CHECK (amount_cents <> 0),
  method           TEXT NOT NULL CHECK (method IN ('bank', 'cash')),
  note             TEXT NOT NULL DEFAULT '',
  journal_entry_id INTEGER REFERENCES journal_entries(id),
  recorded_at      TEXT NOT NULL,
  staff_id         INTEGER REFERENCES staff(id)
) STRICT;
CREATE INDEX sales_payments_invoice ON sales_payments(invoice_id, id);

CREATE TRIGGER sales_payments_issued_invoice BEFORE INSERT ON sales_payments
WHEN (SELECT kind || ':' || status FROM sales_documents WHERE id = new.invoice_id) IS NOT 'invoice:issued'
BEGIN SELECT RAISE(ABORT, 'payments belong to issued invoices'); END;
CREATE TRIGGER sales_payments_fixed BEFORE UPDATE ON sales_payments
WHEN old.journal_entry_id IS NOT NULL OR new.journal_entry_id IS NULL OR new.id IS NOT old.id OR new.invoice_id IS NOT old.invoice_id
  OR new.paid_on IS NOT old.paid_on OR new.amount_cents IS NOT old.amount_cents OR new.method IS NOT old.method
  OR new.note IS NOT old.note OR new.recorded_at IS NOT old.recorded_at OR new.staff_id IS NOT old.staff_id
BEGIN SELECT RAISE(ABORT, 'sales payments are immutable'); END;
CREATE TRIGGER sales_payments_no_delete BEFORE DELETE ON sales_payments
BEGIN SELECT RAISE(ABORT, 'sales payments are immutable'); END;
