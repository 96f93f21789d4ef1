-- Staff: contract and personal data on the staff row, custom roles, the time clock's append-only
-- records, and absences.

ALTER TABLE staff ADD COLUMN email TEXT;
ALTER TABLE staff ADD COLUMN phone TEXT;
ALTER TABLE staff ADD COLUMN address TEXT;
ALTER TABLE staff ADD COLUMN birth_date TEXT;
ALTER TABLE staff ADD COLUMN notes TEXT;
ALTER TABLE staff ADD COLUMN start_date TEXT;
ALTER TABLE staff ADD COLUMN end_date TEXT;
ALTER TABLE staff ADD COLUMN weekly_minutes INTEGER CHECK (weekly_minutes BETWEEN 0 AND 4800);
-- ISO weekdays worked as digits, '12345' = Monday to Friday.
ALTER TABLE staff ADD COLUMN work_days TEXT NOT NULL DEFAULT '12345' CHECK (work_days GLOB '[1-7]*' AND length(work_days) BETWEEN 1 AND 7);
ALTER TABLE staff ADD COLUMN hourly_wage_cents INTEGER CHECK (hourly_wage_cents >= 0);
ALTER TABLE staff ADD COLUMN vacation_days INTEGER CHECK (vacation_days BETWEEN 0 AND 60);

-- Presets are the five roles every shop starts with; the owner may add more (key 'custom:<id>').
ALTER TABLE roles ADD COLUMN preset INTEGER NOT NULL DEFAULT 0 CHECK (preset IN (0, 1));
UPDATE roles SET preset = 1 WHERE key IN ('owner', 'manager', 'cashier', 'workshop', 'accountant');

-- The time clock. A record is never changed or deleted. A correction is a new record with a
-- reason: it replaces one record (same kind, other time), adds a missing one, or removes one
-- (kind 'remove', no time). Each record is replaced or removed at most once.
CREATE TABLE time_events (
  id          INTEGER PRIMARY KEY,
  staff_id    INTEGER NOT NULL REFERENCES staff(id),
  kind        TEXT NOT NULL CHECK (kind IN ('in', 'breakStart', 'breakEnd', 'out', 'remove')),
  at          TEXT,
  source      TEXT NOT NULL CHECK (source IN ('clock', 'correction')),
  replaces_id INTEGER REFERENCES time_events(id),
  reason      TEXT,
  recorded_at TEXT NOT NULL,
  recorded_by INTEGER REFERENCES staff(id),
  CHECK ((kind = 'remove') = (at IS NULL)),
  CHECK (kind <> 'remove' OR replaces_id IS NOT NULL),
  CHECK (source = 'clock' OR (reason IS NOT NULL AND reason <> '')),
  CHECK (source = 'correction' OR replaces_id IS NULL)
) STRICT;
CREATE UNIQUE INDEX time_events_replaces ON time_events(replaces_id) WHERE replaces_id IS NOT NULL;
CREATE INDEX time_events_staff_at ON time_events(staff_id, at);

CREATE TRIGGER time_events_no_update BEFORE UPDATE ON time_events
BEGIN SELECT RAISE(ABORT, 'time-clock records are append-only; add a correction'); END;
CREATE TRIGGER time_events_no_delete BEFORE DELETE ON time_events
BEGIN SELECT RAISE(ABORT, 'time-clock records are append-only; add a correction'); END;

-- Absences: vacation, sickness, other. Cancelled, never deleted; the cancellation is the only change.
CREATE TABLE absences (
  id            INTEGER PRIMARY KEY,
  staff_id      INTEGER NOT NULL REFERENCES staff(id),
  kind          TEXT NOT NULL CHECK (kind IN ('vacation', 'sick', 'other')),
  from_day      TEXT NOT NULL,
  to_day        TEXT NOT NULL,
  half_day      INTEGER NOT NULL DEFAULT 0 CHECK (half_day IN (0, 1)),
  note          TEXT,
  created_at    TEXT NOT NULL,
  created_by    INTEGER REFERENCES staff(id),
  cancelled_at  TEXT,
  cancelled_by  INTEGER REFERENCES staff(id),
  cancel_reason TEXT,
  CHECK (to_day >= from_day),
  CHECK (half_day = 0 OR from_day = to_day),
  CHECK ((cancelled_at IS NULL) = (cancel_reason IS NULL))
) STRICT;
CREATE INDEX absences_staff ON absences(staff_id, from_day);

CREATE TRIGGER absences_only_cancel BEFORE UPDATE ON absences
WHEN OLD.cancelled_at IS NOT NULL
  OR NEW.staff_id IS NOT OLD.staff_id OR NEW.kind IS NOT OLD.kind OR NEW.from_day IS NOT OLD.from_day
  OR NEW.to_day IS NOT OLD.to_day OR NEW.half_day IS NOT OLD.half_day OR NEW.note IS NOT OLD.note
  OR NEW.created_at IS NOT OLD.created_at OR NEW.created_by IS NOT OLD.created_by
BEGIN SELECT RAISE(ABORT, 'an absence is only ever cancelled, once'); END;
CREATE TRIGGER absences_no_delete BEFORE DELETE ON absences
BEGIN SELECT RAISE(ABORT, 'absences are cancelled, never deleted'); END;
