-- Foundation: company, settings, VAT rates, staff, roles, sessions, sign-in lockout, audit log.

CREATE TABLE company (
  id           INTEGER PRIMARY KEY CHECK (id = 1),
  name         TEXT NOT NULL,
  street       TEXT NOT NULL DEFAULT '',
  postal_code  TEXT NOT NULL DEFAULT '',
  city         TEXT NOT NULL DEFAULT '',
  country_code TEXT NOT NULL,
  vat_id       TEXT NOT NULL DEFAULT '',
  tax_number   TEXT NOT NULL DEFAULT '',
  email        TEXT NOT NULL DEFAULT '',
  phone        TEXT NOT NULL DEFAULT '',
  currency     TEXT NOT NULL,
  preset       TEXT NOT NULL CHECK (preset IN ('DE', 'AT', 'CH', 'OTHER')),
  language     TEXT NOT NULL CHECK (language IN ('de', 'en')),
  created_at   TEXT NOT NULL,
  updated_at   TEXT NOT NULL
) STRICT;

-- Typed key/value settings; values are JSON, validated by the service that owns the key.
CREATE TABLE app_settings (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL
) STRICT;

CREATE TABLE vat_rates (
  id         INTEGER PRIMARY KEY,
  name       TEXT NOT NULL,
  rate_bp    INTEGER NOT NULL CHECK (rate_bp BETWEEN 0 AND 10000),
  created_at TEXT NOT NULL,
  retired_at TEXT
) STRICT;

-- A rate is never deleted and its percentage never changes: documents point at it.
CREATE TRIGGER vat_rates_no_delete BEFORE DELETE ON vat_rates
BEGIN SELECT RAISE(ABORT, 'VAT rates are retired, never deleted'); END;
CREATE TRIGGER vat_rates_rate_fixed BEFORE UPDATE OF rate_bp ON vat_rates
WHEN NEW.rate_bp <> OLD.rate_bp
BEGIN SELECT RAISE(ABORT, 'a VAT rate''s percentage never changes; add a new rate'); END;

CREATE TABLE roles (
  id   INTEGER PRIMARY KEY,
  key  TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL
) STRICT;

CREATE TABLE role_permissions (
  role_id    INTEGER NOT NULL REFERENCES roles(id),
  permission TEXT NOT NULL,
  PRIMARY KEY (role_id, permission)
) STRICT, WITHOUT ROWID;

CREATE TABLE staff (
  id            INTEGER PRIMARY KEY,
  name          TEXT NOT NULL,
  username      TEXT UNIQUE COLLATE NOCASE,
  password_hash TEXT,
  -- HMAC of the PIN under the install's key: lets a PIN alone identify a person, keeps PINs unique.
  pin_lookup    TEXT UNIQUE,
  role_id       INTEGER NOT NULL REFERENCES roles(id),
  language      TEXT CHECK (language IN ('de', 'en')),
  active        INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
  created_at    TEXT NOT NULL
) STRICT;

CREATE TABLE sessions (
  token_hash TEXT PRIMARY KEY,
  staff_id   INTEGER NOT NULL REFERENCES staff(id),
  created_at TEXT NOT NULL,
  expires_at TEXT NOT NULL,
  ended_at   TEXT
) STRICT;
CREATE INDEX sessions_staff ON sessions(staff_id);

-- Consecutive failed sign-ins per subject ('staff:<id>', 'pinpad', 'user:<name>').
CREATE TABLE sign_in_failures (
  subject      TEXT PRIMARY KEY,
  failures     INTEGER NOT NULL,
  locked_until TEXT
) STRICT;

CREATE TABLE audit_log (
  id       INTEGER PRIMARY KEY,
  at       TEXT NOT NULL,
  staff_id INTEGER REFERENCES staff(id),
  action   TEXT NOT NULL,
  subject  TEXT,
  before   TEXT,
  after    TEXT
) STRICT;
CREATE INDEX audit_log_action ON audit_log(action, id);

CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
