/** Stock locations: list, create, rename. A location is never deleted (its moves keep pointing at it). */
import type { StockLocation } from '../../../src-shared/contract/stock';
import type { Ctx } from '../../core/context';
import { AppError } from '../../core/errors';
import { locationRow } from './lookups';

export function listLocations(ctx: Ctx): StockLocation[] {
  return ctx.db.prepare(
    `SELECT l.id, l.name, l.role, (SELECT count(*) FROM stock_moves m WHERE m.location_id = l.id) AS moves
     FROM stock_locations l ORDER BY l.id`,
  ).all() as StockLocation[];
}

function location(ctx: Ctx, id: number): StockLocation {
  const found = listLocations(ctx).find((l) => l.id === id);
  if (!found) throw new Error(`location ${id} vanished`);
  return found;
}

function refuseTakenName(ctx: Ctx, name: string, exceptId: number | null): void {
  const taken = ctx.db.prepare('SELECT id FROM stock_locations WHERE name = ? COLLATE NOCASE AND id IS NOT ?').pluck().get(name, exceptId);
  if (taken !== undefined) throw new AppError('CONFLICT', `A stock location named "${name}" exists already.`, { details: { reason: 'stockLocationNameTaken', name } });
}

export function createLocation(ctx: Ctx, name: string): StockLocation {
  refuseTakenName(ctx, name, null);
  const { lastInsertRowid } = ctx.db.prepare('INSERT INTO stock_locations (name) VALUES (?)').run(name);
  const id = Number(lastInsertRowid);
  ctx.audit('stock.locations.create', `stockLocation:${id}`, undefined, { name });
  return location(ctx, id);
}

export function renameLocation(ctx: Ctx, id: number, name: string): StockLocation {
  const before = locationRow(ctx, id);
  refuseTakenName(ctx, name, id);
  ctx.db.prepare('UPDATE stock_locations SET name = ? WHERE id = ?').run(name, id);
  ctx.audit('stock.locations.rename', `stockLocation:${id}`, { name: before.name }, { name });
  return location(ctx, id);
}
