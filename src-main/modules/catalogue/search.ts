/**
 * Search as you type over name, SKU and barcodes.
 *
 * Every term of the query must match. A term matches
 *   - the beginning of a word of the name, the SKU or a barcode ("bau", "lm-00", "400421"), or
 *   - from three characters on, any part of the name ("brot" finds "Bauernbrot"), and once the
 *     query has such a term, shorter terms may also match inside the name ("bau br").
 * Ranking: an exact barcode or SKU first; then names starting with the first term; then other
 * word-beginning matches by name; then matches inside words by name.
 */
import { parseBarcode } from '../../../src-shared/barcode';
import type { Ctx } from '../../core/context';
import { stmt } from './repo';

export interface SearchOptions {
  includeInactive: boolean;
  categoryId: number | null;
  limit: number;
}

/** Lower case without accents, as the FTS tokenizers fold: "Äpfel" → "apfel". */
export const fold = (text: string): string => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/**
 * How many hits of each kind are examined at most before ranking. Queries of one or two letters
 * hit thousands of products; their first CANDIDATES (in index order) are ranked by name, which
 * keeps every keystroke fast. From three letters on the hit lists are usually shorter.
 */
const CANDIDATES = 300;

const collator = new Intl.Collator('de', { sensitivity: 'base', numeric: true });
const byName = (a: { name: string; id: number }, b: { name: string; id: number }) => collator.compare(a.name, b.name) || a.id - b.id;

const quote = (term: string) => `"${term.replaceAll('"', '""')}"`;

function terms(query: string): string[] {
  return fold(query).split(/\s+/).map((t) => t.replace(/[^\p{L}\p{N}._-]/gu, '').replace(/^[._-]+|[._-]+$/g, '')).filter((t) => t.length > 0);
}

/** Product ids in rank order. */
export function searchIds(ctx: Ctx, query: string, options: SearchOptions): number[] {
  const list = terms(query);
  if (list.length === 0) return [];
  const first = list[0]!;
  const candidates = Math.max(CANDIDATES, options.limit * 4);
  const filter = { inactive: options.includeInactive ? 1 : 0, categoryId: options.categoryId };
  const ids: number[] = [];
  const seen = new Set<number>();
  const take = (id: number) => {
    if (ids.length < options.limit && !seen.has(id)) {
      seen.add(id);
      ids.push(id);
    }
  };
  /** Every term begins a word of the name or the codes, or (when infix is allowed) occurs in the name. */
  const matches = (name: string, codes: string, infix: boolean) => {
    const folded = fold(`${name}\n${codes}`);
    const nameOnly = folded.slice(0, folded.indexOf('\n'));
    const words = folded.split(/[^\p{L}\p{N}]+/u);
    const codeList = folded.slice(nameOnly.length + 1).split(' ');
    return list.every((t) => words.some((w) => w.startsWith(t)) || (infix && nameOnly.includes(t)) || codeList.some((c) => c.startsWith(t)));
  };

  // 1. Exact barcode or SKU (unique indexes).
  const raw = query.trim();
  const scope = `(@inactive = 1 OR p.active = 1) AND (@categoryId IS NULL OR p.category_id = @categoryId)`;
  const exact = [
    ...stmt(ctx.db, `SELECT p.id FROM product_barcodes b JOIN products p ON p.id = b.product_id WHERE b.code IN (@raw, @code) AND ${scope}`)
      .pluck().all({ ...filter, raw, code: parseBarcode(raw).code }) as number[],
    ...stmt(ctx.db, `SELECT p.id FROM products p WHERE p.sku = @raw COLLATE NOCASE AND ${scope}`).pluck().all({ ...filter, raw }) as number[],
  ];
  exact.forEach(take);
  if (ids.length >= options.limit) return ids;

  // 2. Names beginning with the first term (a range of the name index), the other terms anywhere.
  const upper = `${first.slice(0, -1)}${String.fromCodePoint(first.codePointAt(first.length - 1)! + 1)}`;
  const prefixed = stmt(ctx.db, `SELECT p.id, p.name, s.codes FROM products p JOIN product_search s ON s.rowid = p.id
      WHERE p.name COLLATE NOCASE >= @lower AND p.name COLLATE NOCASE < @upper
      AND ${scope}
      ORDER BY p.name COLLATE NOCASE, p.id LIMIT @candidates`)
    .all({ ...filter, lower: first, upper, candidates }) as { id: number; name: string; codes: string }[];
  prefixed.filter((r) => matches(r.name, r.codes, first.length >= 3)).sort(byName).forEach((r) => take(r.id));
  if (ids.length >= options.limit) return ids;

  // 3. Every term at the beginning of a word of the name, SKU or barcodes. Large hit lists (one
  //    or two letters) are cut at `candidates` in index order before they are sorted by name.
  const words = list.map((t) => `${quote(t)}*`).join(' AND ');
  const wordHits = stmt(ctx.db, `SELECT p.id, p.name FROM product_search s JOIN products p ON p.id = s.rowid
      WHERE product_search MATCH @words AND ${scope}
      LIMIT @candidates`)
    .all({ ...filter, words, candidates }) as { id: number; name: string }[];
  wordHits.sort(byName).forEach((r) => take(r.id));
  if (ids.length >= options.limit) return ids;

  // 4. Inside words, for terms of three or more letters and digits (German compounds).
  const long = list.filter((t) => t.length >= 3 && /^[\p{L}\p{N}]+$/u.test(t));
  if (long.length === 0) return ids;
  const rows = stmt(ctx.db, `SELECT p.id, p.name, s.codes FROM product_search_infix i
      JOIN products p ON p.id = i.rowid JOIN product_search s ON s.rowid = i.rowid
      WHERE product_search_infix MATCH @infix AND ${scope}
      LIMIT @candidates`)
    .all({ ...filter, infix: long.map(quote).join(' AND '), candidates }) as { id: number; name: string; codes: string }[];
  rows.filter((r) => !seen.has(r.id) && matches(r.name, r.codes, true)).sort(byName).forEach((r) => take(r.id));
  return ids;
}
