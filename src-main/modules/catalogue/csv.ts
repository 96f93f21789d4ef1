/**
 * CSV export and import of products.
 *
 * Format: UTF-8 with BOM (Excel), semicolon separated, columns CSV_COLUMNS. Money is written with
 * a decimal comma and no thousands separator ("1234,50"); on import a decimal comma or point
 * and German thousands points are accepted. vat_rate is the percentage ("19", "8,1") of an
 * active rate; unit is piece or kg; active is 1 or 0; barcodes are separated by spaces.
 *
 * Import is upsert by SKU (compared without regard to case). The renderer parses the file and
 * sends batches; each batch is one transaction and each row inside it is all or nothing (a
 * savepoint): a bad row is skipped and reported, the valid rows of the batch are imported.
 * Columns left out of the file keep a product's current values (or the defaults for a new one).
 * Categories named in the file are created as needed.
 */
import type { ParsedInput } from '../../../src-shared/contract';
import {
  CSV_COLUMNS, MAX_PRICE_CENTS, type CsvColumn, type CsvImportResult, type CsvPreviewRow, type CsvRow, type CsvRowIssue, type Product, type Unit,
} from '../../../src-shared/contract/catalogue';
import { parsePercent } from '../../../src-shared/money';
import { formatMoneyInput, parseMoneyInput } from '../../../src-shared/money-input';
import type { Ctx } from '../../core/context';
import { spreadsheetCsv } from '../../core/csv';
import { AppError } from '../../core/errors';
import { allProducts, categoryIdByName, findProduct, stmt } from './repo';
import { checkBarcodes, writeProduct, type ProductData } from './service';

const UNIT_WORDS: Record<string, Unit> = { piece: 'piece', pieces: 'piece', 'stück': 'piece', stk: 'piece', 'stk.': 'piece', pc: 'piece', pcs: 'piece', kg: 'kg' };
const ACTIVE_WORDS: Record<string, boolean> = {
  '': true, '1': true, ja: true, yes: true, true: true, x: true, aktiv: true, active: true,
  '0': false, nein: false, no: false, false: false, inaktiv: false, inactive: false,
};

export function percentText(bp: number): string {
  const fraction = String(bp % 100).padStart(2, '0').replace(/0+$/, '');
  return `${Math.floor(bp / 100)}${fraction ? `,${fraction}` : ''}`;
}

export function exportCsv(ctx: Ctx): { filename: string; csv: string; rows: number } {
  const products = allProducts(ctx.db);
  const data = products.map((p) => [
    p.sku, p.name, p.categoryName ?? '', formatMoneyInput(p.priceCents), percentText(p.vatRateBasisPoints), p.unit,
    formatMoneyInput(p.costCents), p.active ? '1' : '0', p.barcodes.join(' '),
  ]);
  return { filename: `kontor-artikel-${ctx.now().slice(0, 10)}.csv`, csv: spreadsheetCsv(CSV_COLUMNS, data), rows: products.length };
}

interface Plan {
  line: number;
  sku: string;
  name: string;
  action: CsvPreviewRow['action'];
  issues: CsvRowIssue[];
  existing: Product | undefined;
  data: ProductData | null;
  codes: string[];
  newCategory: string | null;
}

/** Checks one row against the rules and the database; nothing is written. */
function planRow(ctx: Ctx, row: CsvRow, seenSkus: Set<string>): Plan {
  const issues: CsvRowIssue[] = [];
  const issue = (column: CsvColumn, reason: string, value?: string, details?: Record<string, string | number>) =>
    issues.push({ column, reason, ...(value ? { value: value.slice(0, 80) } : {}), ...(details ? { details } : {}) });
  const sku = (row.sku ?? '').trim();
  if (!sku) issue('sku', 'required');
  else if (sku.length > 40) issue('sku', 'tooLong', sku);
  else if (!/^[^\s;"]+$/.test(sku)) issue('sku', 'invalidSku', sku);
  else if (seenSkus.has(sku.toLowerCase())) issue('sku', 'duplicateSku', sku);
  if (sku) seenSkus.add(sku.toLowerCase());

  const existingId = sku ? stmt(ctx.db, 'SELECT id FROM products WHERE sku = ? COLLATE NOCASE').pluck().get(sku) as number | undefined : undefined;
  const existing = existingId === undefined ? undefined : findProduct(ctx.db, existingId);
  const required = (column: CsvColumn, value: string | undefined) => {
    if (!existing && (value === undefined || value.trim() === '')) {
      issue(column, 'required');
      return false;
    }
    return value !== undefined;
  };

  let name = existing?.name ?? '';
  if (required('name', row.name)) {
    name = row.name!.trim();
    if (!name) issue('name', 'required');
    else if (name.length > 120) issue('name', 'tooLong', name);
  }

  let priceCents = existing?.priceCents ?? 0;
  if (required('price', row.price)) {
    const cents = parseMoneyInput(row.price!);
    if (cents === null || cents > MAX_PRICE_CENTS) issue('price', 'invalidMoney', row.price);
    else priceCents = cents;
  }

  let costCents = existing?.costCents ?? 0;
  if (row.cost !== undefined && row.cost.trim() !== '') {
    const cents = parseMoneyInput(row.cost);
    if (cents === null || cents > MAX_PRICE_CENTS) issue('cost', 'invalidMoney', row.cost);
    else costCents = cents;
  } else if (row.cost !== undefined) costCents = 0;

  let vatRateId = existing?.vatRateId ?? 0;
  if (required('vat_rate', row.vat_rate)) {
    const bp = parsePercent(row.vat_rate!);
    if (bp === null) issue('vat_rate', 'unknownVatRate', row.vat_rate);
    else if (!(existing && existing.vatRateBasisPoints === bp)) {
      const rate = stmt(ctx.db, 'SELECT id FROM vat_rates WHERE rate_bp = ? AND retired_at IS NULL ORDER BY id LIMIT 1').pluck().get(bp) as number | undefined;
      if (rate === undefined) issue('vat_rate', 'unknownVatRate', row.vat_rate);
      else vatRateId = rate;
    }
  }

  let unit: Unit = existing?.unit ?? 'piece';
  if (row.unit !== undefined) {
    const word = row.unit.trim().toLowerCase();
    const parsed = word === '' ? 'piece' : UNIT_WORDS[word];
    if (!parsed) issue('unit', 'invalidUnit', row.unit);
    else unit = parsed;
  }

  let active = existing?.active ?? true;
  if (row.active !== undefined) {
    const parsed = ACTIVE_WORDS[row.active.trim().toLowerCase()];
    if (parsed === undefined) issue('active', 'invalidActive', row.active);
    else active = parsed;
  }

  let categoryId = existing?.categoryId ?? null;
  let newCategory: string | null = null;
  if (row.category !== undefined) {
    const categoryName = row.category.trim();
    if (categoryName.length > 60) issue('category', 'tooLong', categoryName);
    else if (categoryName === '') categoryId = null;
    else {
      categoryId = categoryIdByName(ctx.db, categoryName) ?? null;
      if (categoryId === null) newCategory = categoryName;
    }
  }

  let codes = existing?.barcodes ?? [];
  if (row.barcodes !== undefined) {
    const raw = row.barcodes.split(/[\s,|]+/).filter((c) => c !== '');
    if (raw.length > 20) issue('barcodes', 'tooManyBarcodes');
    const checked = checkBarcodes(ctx, raw.slice(0, 20), existing?.id ?? null);
    if (checked.issue) issue('barcodes', checked.issue.reason, String(checked.issue.details?.code ?? ''), checked.issue.details);
    codes = checked.codes;
  }

  const data: ProductData = { sku, name, categoryId, priceCents, vatRateId, unit, costCents, barcodes: codes, active };
  const unchanged = existing && newCategory === null && existing.sku === sku && existing.name === name && existing.categoryId === categoryId
    && existing.priceCents === priceCents && existing.vatRateId === vatRateId && existing.unit === unit && existing.costCents === costCents
    && existing.active === active && [...existing.barcodes].sort().join(' ') === [...codes].sort().join(' ');
  const action = issues.length > 0 ? 'error' : !existing ? 'create' : unchanged ? 'unchanged' : 'update';
  return { line: row.line, sku, name, action, issues, existing, data: issues.length > 0 ? null : data, codes, newCategory };
}

export function previewCsv(ctx: Ctx, input: ParsedInput<'catalogue.csv.preview'>): CsvPreviewRow[] {
  const seen = new Set<string>();
  const codesInBatch = new Map<string, number>();
  return input.rows.map((row) => {
    const plan = planRow(ctx, row, seen);
    // A barcode on two rows of the same batch: the import would refuse the second one.
    for (const code of plan.codes) {
      const first = codesInBatch.get(code);
      if (first !== undefined && first !== plan.line) plan.issues.push({ column: 'barcodes', reason: 'barcodeDuplicate', value: code });
      else codesInBatch.set(code, plan.line);
    }
    const action = plan.issues.length > 0 ? 'error' : plan.action;
    return { line: plan.line, sku: plan.sku, name: plan.name, action, issues: plan.issues };
  });
}

const isConstraint = (error: unknown) => String((error as { code?: unknown }).code ?? '').startsWith('SQLITE_CONSTRAINT');

export function importCsv(ctx: Ctx, input: ParsedInput<'catalogue.csv.import'>): CsvImportResult {
  const result: CsvImportResult = { created: 0, updated: 0, unchanged: 0, failed: [] };
  const seen = new Set<string>();
  for (const row of input.rows) {
    const plan = planRow(ctx, row, seen);
    if (!plan.data) {
      result.failed.push({ line: plan.line, sku: plan.sku, issues: plan.issues });
      continue;
    }
    if (plan.action === 'unchanged') {
      result.unchanged++;
      continue;
    }
    const data = plan.data;
    try {
      // A savepoint per row: the row is written completely or not at all.
      ctx.db.transaction(() => {
        if (plan.newCategory !== null) {
          const next = stmt(ctx.db, 'SELECT coalesce(max(sort_order), -1) + 1 FROM categories').pluck().get() as number;
          data.categoryId = Number(stmt(ctx.db, 'INSERT INTO categories (name, sort_order) VALUES (?, ?)').run(plan.newCategory, next).lastInsertRowid);
          ctx.audit('catalogue.category.create', `category:${data.categoryId}`, undefined, { id: data.categoryId, name: plan.newCategory, via: 'csv' });
        }
        const id = writeProduct(ctx, plan.existing?.id ?? null, data, plan.codes);
        ctx.audit(plan.existing ? 'catalogue.product.update' : 'catalogue.product.create', `product:${id}`, plan.existing, { ...findProduct(ctx.db, id), via: 'csv' });
      })();
      if (plan.existing) result.updated++;
      else result.created++;
    } catch (error) {
      if (!(error instanceof AppError) && !isConstraint(error)) throw error;
      result.failed.push({ line: plan.line, sku: plan.sku, issues: [{ column: null, reason: error instanceof AppError ? String(error.extra.details?.reason ?? 'rowFailed') : 'rowFailed' }] });
    }
  }
  ctx.audit('catalogue.csv.import', 'catalogue', undefined, {
    lines: [input.rows[0]?.line, input.rows.at(-1)?.line], created: result.created, updated: result.updated, unchanged: result.unchanged, failed: result.failed.length,
  });
  return result;
}
