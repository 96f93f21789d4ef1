-- Catalogue basics the demo shop needs: categories, products, barcodes.

CREATE TABLE categories (
  id         INTEGER PRIMARY KEY,
  name       TEXT NOT NULL UNIQUE,
  sort_order INTEGER NOT NULL DEFAULT 0
) STRICT;

CREATE TABLE products (
  id          INTEGER PRIMARY KEY,
  sku         TEXT NOT NULL UNIQUE,
  name        TEXT NOT NULL,
  category_id INTEGER REFERENCES categories(id),
  price_cents INTEGER NOT NULL CHECK (price_cents >= 0),
  vat_rate_id INTEGER NOT NULL REFERENCES vat_rates(id),
  unit        TEXT NOT NULL CHECK (unit IN ('piece', 'kg')),
  cost_cents  INTEGER NOT NULL DEFAULT 0 CHECK (cost_cents >= 0),
  active      INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
  created_at  TEXT NOT NULL,
  updated_at  TEXT NOT NULL
) STRICT;
CREATE INDEX products_category ON products(category_id);
CREATE INDEX products_vat_rate ON products(vat_rate_id);

CREATE TABLE product_barcodes (
  code       TEXT PRIMARY KEY,
  product_id INTEGER NOT NULL REFERENCES products(id)
) STRICT, WITHOUT ROWID;
CREATE INDEX product_barcodes_product ON product_barcodes(product_id);
