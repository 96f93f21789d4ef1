-- Feedback and improvement: complaints, wishes, lost sales and questions recorded at the counter,
-- worked on in the back office along a status flow. Items are never deleted and what was recorded
-- never changes; status, owner and resolution change only together with an appended event, and the
-- item row carries the latest event's values so the board can list and group without replaying.

CREATE TABLE feedback_items (
  id           INTEGER PRIMARY KEY,
  kind         TEXT NOT NULL CHECK (kind IN ('complaint', 'wish', 'lostSale', 'question')),
  text         TEXT NOT NULL,
  product_id   INTEGER REFERENCES products(id),
  sale_id      INTEGER REFERENCES sales(id),
  customer_id  INTEGER REFERENCES customers(id),
  -- Lost sales only: thousandths, and the estimated value in cents.
  quantity     INTEGER CHECK (quantity >= 0),
  value_cents  INTEGER CHECK (value_cents >= 0),
  recorded_at  TEXT NOT NULL,
  -- The shop's local day of recorded_at: periods and charts count by it.
  recorded_on  TEXT NOT NULL,
  recorded_by  INTEGER NOT NULL REFERENCES staff(id),
  status       TEXT NOT NULL CHECK (status IN ('new', 'inReview', 'actionPlanned', 'done', 'declined')),
  owner_id     INTEGER REFERENCES staff(id),
  resolution   TEXT NOT NULL DEFAULT '',
  updated_at   TEXT NOT NULL,
  CHECK ((kind = 'lostSale') OR (quantity IS NULL AND value_cents IS NULL)),
  CHECK ((kind = 'lostSale') = (quantity IS NOT NULL AND value_cents IS NOT NULL)),
  CHECK (status NOT IN ('done', 'declined') OR resolution <> '')
) STRICT;
CREATE INDEX feedback_items_product ON feedback_items(product_id, kind, status);
CREATE INDEX feedback_items_customer ON feedback_items(customer_id) WHERE customer_id IS NOT NULL;
CREATE INDEX feedback_items_recorded ON feedback_items(recorded_on, kind);

-- What was recorded is kept as it was said.
CREATE TRIGGER feedback_items_recorded_fixed BEFORE UPDATE ON feedback_items
WHEN NEW.id <> OLD.id OR NEW.kind <> OLD.kind OR NEW.text <> OLD.text
  OR NEW.product_id IS NOT OLD.product_id OR NEW.sale_id IS NOT OLD.sale_id OR NEW.customer_id IS NOT OLD.customer_id
  OR NEW.quantity IS NOT OLD.quantity OR NEW.value_cents IS NOT OLD.value_cents
  OR NEW.recorded_at <> OLD.recorded_at OR NEW.recorded_on <> OLD.recorded_on OR NEW.recorded_by <> OLD.recorded_by
BEGIN SELECT RAISE(ABORT, 'what was recorded stays as it was; change status, owner or resolution instead'); END;
CREATE TRIGGER feedback_items_no_delete BEFORE DELETE ON feedback_items
BEGIN SELECT RAISE(ABORT, 'feedback is never deleted; decline it instead'); END;

-- The history: the first event records the item (from_status NULL); each later one a change of
-- status, owner or resolution, with the values after it.
CREATE TABLE feedback_events (
  id          INTEGER PRIMARY KEY,
  item_id     INTEGER NOT NULL REFERENCES feedback_items(id),
  at          TEXT NOT NULL,
  staff_id    INTEGER NOT NULL REFERENCES staff(id),
  from_status TEXT CHECK (from_status IN ('new', 'inReview', 'actionPlanned', 'done', 'declined')),
  to_status   TEXT NOT NULL CHECK (to_status IN ('new', 'inReview', 'actionPlanned', 'done', 'declined')),
  owner_id    INTEGER REFERENCES staff(id),
  resolution  TEXT NOT NULL DEFAULT '',
  note        TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE INDEX feedback_events_item ON feedback_events(item_id, id);

CREATE TRIGGER feedback_events_no_update BEFORE UPDATE ON feedback_events
BEGIN SELECT RAISE(ABORT, 'feedback events are history; append a new one'); END;
CREATE TRIGGER feedback_events_no_delete BEFORE DELETE ON feedback_events
BEGIN SELECT RAISE(ABORT, 'feedback events are history; append a new one'); END;
