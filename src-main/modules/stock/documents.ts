/**
 * Stock documents: adjustments (with a reason and a note) and transfers between locations, each
 * one numbered document whose moves point at it (source_type 'stockDocument'). Posted counts are
 * documents too (counts.ts). Documents and moves are never changed; a correction is a new one.
 */
import type { StockDocument, StockDocumentKind, StockDocumentSummary } from '../../../src-shared/contract/stock';
import type { Ctx } from '../../core/context';
import { AppError } from '../../core/errors';
import { takeNumber } from '../../core/number-series';
import { locationRow, productRow } from './lookups';
import { onHand, recordMoves, type StockMove } from './service';

export const DOCUMENT_SOURCE = 'stockDocument';

interface Line { productId: number; quantity: number }

function refuseDuplicates(lines: Line[]): void {
  const seen = new Set<number>();
  for (const l of lines) {
    if (seen.has(l.productId)) throw new AppError('VALIDATION', `Product ${l.productId} appears twice.`, { details: { reason: 'stockDuplicateLine', productId: l.productId } });
    seen.add(l.productId);
  }
}

/** Writes the document and its moves; the moves' quantities must not be 0. */
export function writeDocument(ctx: Ctx, kind: StockDocumentKind, note: string, moves: Omit<StockMove, 'sourceType' | 'sourceId'>[]): number {
  const number = takeNumber(ctx.db, `stock.${kind}`);
  const { lastInsertRowid } = ctx.db.prepare('INSERT INTO stock_documents (kind, number, at, staff_id, note) VALUES (?, ?, ?, ?, ?)')
    .run(kind, number, ctx.now(), ctx.session?.staffId ?? null, note);
  const id = Number(lastInsertRowid);
  recordMoves(ctx, moves.map((m) => ({ ...m, sourceType: DOCUMENT_SOURCE, sourceId: id })));
  ctx.audit(`stock.${kind}`, `stockDocument:${id}`, undefined, { number, note, moves: moves.map((m) => [m.productId, m.locationId, m.quantity, m.reason]) });
  return id;
}

export function adjust(ctx: Ctx, input: { locationId: number; reason: 'adjustment' | 'waste'; note: string; lines: Line[] }): StockDocument {
  locationRow(ctx, input.locationId);
  refuseDuplicates(input.lines);
  for (const l of input.lines) {
    const p = productRow(ctx, l.productId);
    if (input.reason === 'waste' && l.quantity > 0) {
      throw new AppError('VALIDATION', `Waste only takes stock away ("${p.name}").`, { details: { reason: 'stockWasteMustReduce', name: p.name } });
    }
  }
  const id = writeDocument(ctx, 'adjustment', input.note, input.lines.map((l) => ({ productId: l.productId, locationId: input.locationId, quantity: l.quantity, reason: input.reason })));
  return stockDocument(ctx, id);
}

export function transfer(ctx: Ctx, input: { fromLocationId: number; toLocationId: number; note: string; lines: Line[] }): StockDocument {
  const from = locationRow(ctx, input.fromLocationId);
  locationRow(ctx, input.toLocationId);
  refuseDuplicates(input.lines);
  for (const l of input.lines) {
    const p = productRow(ctx, l.productId);
    const available = onHand(ctx, l.productId, from.id);
    if (l.quantity > available) {
      throw new AppError('CONFLICT', `Only ${available / 1000} of "${p.name}" are in ${from.name}.`, {
        details: { reason: 'stockInsufficient', name: p.name, location: from.name, available },
      });
    }
  }
  const id = writeDocument(ctx, 'transfer', input.note, input.lines.flatMap((l) => [
    { productId: l.productId, locationId: input.fromLocationId, quantity: -l.quantity, reason: 'transfer' as const },
    { productId: l.productId, locationId: input.toLocationId, quantity: l.quantity, reason: 'transfer' as const },
  ]));
  return stockDocument(ctx, id);
}

const SUMMARY = `SELECT d.id, d.kind, d.number, d.at, s.name AS staffName, d.note,
  (SELECT count(*) FROM stock_moves m WHERE m.source_type = '${DOCUMENT_SOURCE}' AND m.source_id = d.id) AS moveCount
  FROM stock_documents d LEFT JOIN staff s ON s.id = d.staff_id`;

export function listDocuments(ctx: Ctx, q: { kind: StockDocumentKind | null; offset: number; limit: number }): { documents: StockDocumentSummary[]; total: number } {
  const total = ctx.db.prepare('SELECT count(*) FROM stock_documents WHERE ? IS NULL OR kind = ?').pluck().get(q.kind, q.kind) as number;
  const documents = ctx.db.prepare(`${SUMMARY} WHERE ? IS NULL OR d.kind = ? ORDER BY d.id DESC LIMIT ? OFFSET ?`)
    .all(q.kind, q.kind, q.limit, q.offset) as StockDocumentSummary[];
  return { documents, total };
}

export function stockDocument(ctx: Ctx, id: number): StockDocument {
  const doc = ctx.db.prepare(`${SUMMARY} WHERE d.id = ?`).get(id) as StockDocumentSummary | undefined;
  if (!doc) throw new AppError('NOT_FOUND', `There is no stock document ${id}.`, { details: { reason: 'stockDocumentNotFound', id } });
  const moves = ctx.db.prepare(
    `SELECT m.product_id AS productId, p.sku, p.name, m.location_id AS locationId, l.name AS locationName, m.quantity, m.reason
     FROM stock_moves m JOIN products p ON p.id = m.product_id JOIN stock_locations l ON l.id = m.location_id
     WHERE m.source_type = ? AND m.source_id = ? ORDER BY m.id`,
  ).all(DOCUMENT_SOURCE, id) as StockDocument['moves'];
  const { moveCount: _count, ...rest } = doc;
  return { ...rest, moves };
}
