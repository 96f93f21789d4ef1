-- Catalogue: full-text search and the counter's quick keys.
--
-- Search uses two FTS5 indexes, both keyed by the product id (rowid), kept in sync by triggers
-- on products and product_barcodes (the demo loader and imports write those tables directly):
--   product_search        words: name, and "codes" = SKU + barcodes; prefix indexes make
--                         as-you-type queries of 1 to 3 letters cheap.
--   product_search_infix  trigrams of the name, so "brot" also finds "Bauernbrot" (German
--                         compounds); used for query terms of three or more characters.
-- FTS5 virtual tables cannot be STRICT.

CREATE VIRTUAL TABLE product_search USING fts5(
  name, codes,
  tokenize = 'unicode61 remove_diacritics 2',
  prefix = '1 2 3'
);

CREATE VIRTUAL TABLE product_search_infix USING fts5(
  name,
  tokenize = 'trigram remove_diacritics 1'
);

-- SKUs are matched without regard to case (import, conflicts, exact search hits).
CREATE INDEX products_sku_nocase ON products(sku COLLATE NOCASE);
CREATE INDEX products_name_nocase ON products(name COLLATE NOCASE);

INSERT INTO product_search (rowid, name, codes)
  SELECT p.id, p.name, p.sku || coalesce(' ' || (SELECT group_concat(b.code, ' ') FROM product_barcodes b WHERE b.product_id = p.id), '')
  FROM products p;
INSERT INTO product_search_infix (rowid, name) SELECT id, name FROM products;

CREATE TRIGGER products_search_insert AFTER INSERT ON products BEGIN
  INSERT INTO product_search (rowid, name, codes)
    VALUES (new.id, new.name, new.sku || coalesce(' ' || (SELECT group_concat(b.code, ' ') FROM product_barcodes b WHERE b.product_id = new.id), ''));
  INSERT INTO product_search_infix (rowid, name) VALUES (new.id, new.name);
END;

CREATE TRIGGER products_search_update AFTER UPDATE OF id, name, sku ON products BEGIN
  DELETE FROM product_search WHERE rowid = old.id;
  DELETE FROM product_search_infix WHERE rowid = old.id;
  INSERT INTO product_search (rowid, name, codes)
    VALUES (new.id, new.name, new.sku || coalesce(' ' || (SELECT group_concat(b.code, ' ') FROM product_barcodes b WHERE b.product_id = new.id), ''));
  INSERT INTO product_search_infix (rowid, name) VALUES (new.id, new.name);
END;

CREATE TRIGGER products_search_delete AFTER DELETE ON products BEGIN
  DELETE FROM product_search WHERE rowid = old.id;
  DELETE FROM product_search_infix WHERE rowid = old.id;
END;

CREATE TRIGGER product_barcodes_search_insert AFTER INSERT ON product_barcodes BEGIN
  UPDATE product_search
    SET codes = (SELECT p.sku || coalesce(' ' || (SELECT group_concat(b.code, ' ') FROM product_barcodes b WHERE b.product_id = p.id), '')
                 FROM products p WHERE p.id = new.product_id)
    WHERE rowid = new.product_id;
END;

CREATE TRIGGER product_barcodes_search_delete AFTER DELETE ON product_barcodes BEGIN
  UPDATE product_search
    SET codes = (SELECT p.sku || coalesce(' ' || (SELECT group_concat(b.code, ' ') FROM product_barcodes b WHERE b.product_id = p.id), '')
                 FROM products p WHERE p.id = old.product_id)
    WHERE rowid = old.product_id;
END;

CREATE TRIGGER product_barcodes_search_update AFTER UPDATE ON product_barcodes BEGIN
  UPDATE product_search
    SET codes = (SELECT p.sku || coalesce(' ' || (SELECT group_concat(b.code, ' ') FROM product_barcodes b WHERE b.product_id = p.id), '')
                 FROM products p WHERE p.id = old.product_id)
    WHERE rowid = old.product_id;
  UPDATE product_search
    SET codes = (SELECT p.sku || coalesce(' ' || (SELECT group_concat(b.code, ' ') FROM product_barcodes b WHERE b.product_id = p.id), '')
                 FROM products p WHERE p.id = new.product_id)
    WHERE rowid = new.product_id;
END;

-- Quick keys: one page per category, in the categories' sort order. A category without a row
-- here is a visible page showing its first 24 active products ("automatic"). `custom` = 1 means
-- the owner chose the page's keys (quick_keys, in position order); `hidden` = 1 leaves the
-- category off the counter.
CREATE TABLE quick_key_pages (
  category_id INTEGER PRIMARY KEY REFERENCES categories(id),
  hidden      INTEGER NOT NULL DEFAULT 0 CHECK (hidden IN (0, 1)),
  custom      INTEGER NOT NULL DEFAULT 0 CHECK (custom IN (0, 1))
) STRICT;

CREATE TABLE quick_keys (
  category_id INTEGER NOT NULL REFERENCES quick_key_pages(category_id),
  position    INTEGER NOT NULL CHECK (position >= 0),
  product_id  INTEGER NOT NULL REFERENCES products(id),
  PRIMARY KEY (category_id, position),
  UNIQUE (category_id, product_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX quick_keys_product ON quick_keys(product_id);
