/**
 * Bills of materials: the components (thousandths) that make `output_quantity` thousandths of a
 * product. Saving a change adds a version and retires the previous one, so the history stays and
 * productions, which store what they consumed, are never altered. Components may have bills of
 * their own (sub-assemblies); a bill that would contain its product, directly or through its
 * components' bills, is refused. Costs shown are at today's moving-average costs.
 */
import type { Bom, BomComponent, BomSummary, BomVersion } from '../../../src-shared/contract/production';
import { divideRounded } from '../../../src-shared/money';
import type { Ctx } from '../../core/context';
import { AppError } from '../../core/errors';
import { currentCost } from '../stock/cost';
import { productRow } from '../stock/lookups';
import { exactProduct, exactSum, refuseDuplicateProducts } from './checks';

export interface BomRow {
  id: number; product_id: number; version: number; output_quantity: number; note: string; created_at: string; created_by: number | null; retired_at: string | null;
}
export interface ComponentRow { productId: number; quantity: number }

export function currentBomRow(ctx: Ctx, productId: number): BomRow | undefined {
  return ctx.db.prepare('SELECT * FROM boms WHERE product_id = ? AND retired_at IS NULL').get(productId) as BomRow | undefined;
}

/** The product's current bill, or the refusal every producing command gives without one. */
export function requireCurrentBom(ctx: Ctx, productId: number): BomRow {
  const product = productRow(ctx, productId);
  const bom = currentBomRow(ctx, productId);
  if (!bom) throw new AppError('NOT_FOUND', `"${product.name}" has no bill of materials.`, { details: { reason: 'productionNoBom', name: product.name } });
  return bom;
}

export function componentsOf(ctx: Ctx, bomId: number): ComponentRow[] {
  return ctx.db.prepare('SELECT product_id AS productId, quantity FROM bom_components WHERE bom_id = ? ORDER BY position').all(bomId) as ComponentRow[];
}

function bomView(ctx: Ctx, bom: BomRow): Bom {
  const product = productRow(ctx, bom.product_id);
  const hasBom = ctx.db.prepare('SELECT 1 FROM boms WHERE product_id = ? AND retired_at IS NULL').pluck();
  const components: BomComponent[] = componentsOf(ctx, bom.id).map((c) => {
    const p = productRow(ctx, c.productId);
    const unitCostCents = currentCost(ctx, c.productId);
    return {
      productId: p.id, sku: p.sku, name: p.name, unit: p.unit, quantity: c.quantity, unitCostCents,
      costCents: divideRounded(exactProduct(c.quantity, unitCostCents), 1000), hasBom: hasBom.get(p.id) !== undefined,
    };
  });
  const createdByName = bom.created_by === null ? null : (ctx.db.prepare('SELECT name FROM staff WHERE id = ?').pluck().get(bom.created_by) as string | null);
  return {
    id: bom.id, productId: product.id, sku: product.sku, name: product.name, unit: product.unit, version: bom.version,
    outputQuantity: bom.output_quantity, note: bom.note, createdAt: bom.created_at, createdByName, components,
    // Per unit of the product: Σ quantity × cost (thousandths × cents) over the thousandths made.
    unitCostCents: divideRounded(exactSum(components.map((c) => exactProduct(c.quantity, c.unitCostCents))), bom.output_quantity),
    currentCostCents: currentCost(ctx, product.id),
  };
}

export function listBoms(ctx: Ctx, q: { search: string }): BomSummary[] {
  const search = q.search.trim().toLowerCase();
  const rows = ctx.db.prepare(
    `SELECT b.* FROM boms b JOIN products p ON p.id = b.product_id
     WHERE b.retired_at IS NULL AND (@s = '' OR instr(lower(p.name), @s) > 0 OR instr(lower(p.sku), @s) > 0)
     ORDER BY p.name COLLATE NOCASE, p.id`,
  ).all({ s: search }) as BomRow[];
  return rows.map((row) => {
    const bom = bomView(ctx, row);
    return {
      productId: bom.productId, sku: bom.sku, name: bom.name, unit: bom.unit, version: bom.version,
      outputQuantity: bom.outputQuantity, componentCount: bom.components.length, unitCostCents: bom.unitCostCents,
    };
  });
}

export function getBom(ctx: Ctx, productId: number): { current: Bom | null; versions: BomVersion[] } {
  productRow(ctx, productId);
  const current = currentBomRow(ctx, productId);
  const versions = ctx.db.prepare(
    `SELECT b.id, b.version, b.created_at AS createdAt, s.name AS createdByName, b.retired_at AS retiredAt, b.note,
       (SELECT count(*) FROM bom_components c WHERE c.bom_id = b.id) AS componentCount
     FROM boms b LEFT JOIN staff s ON s.id = b.created_by WHERE b.product_id = ? ORDER BY b.version DESC`,
  ).all(productId) as BomVersion[];
  return { current: current ? bomView(ctx, current) : null, versions };
}

export function bomVersion(ctx: Ctx, id: number): Bom {
  const row = ctx.db.prepare('SELECT * FROM boms WHERE id = ?').get(id) as BomRow | undefined;
  if (!row) throw new AppError('NOT_FOUND', `There is no bill of materials ${id}.`, { details: { reason: 'productionBomNotFound', id } });
  return bomView(ctx, row);
}

/** Whether `target` is among the things `from` is made of, through the current bills (depth first). */
function madeOf(ctx: Ctx, from: number, target: number, seen: Set<number>): boolean {
  if (from === target) return true;
  if (seen.has(from)) return false;
  seen.add(from);
  const bom = currentBomRow(ctx, from);
  return bom !== undefined && componentsOf(ctx, bom.id).some((c) => madeOf(ctx, c.productId, target, seen));
}

function refuseCycles(ctx: Ctx, productId: number, components: ComponentRow[]): void {
  for (const c of components) {
    const component = productRow(ctx, c.productId);
    if (c.productId === productId) {
      throw new AppError('VALIDATION', 'A bill of materials cannot contain its own product.', { details: { reason: 'productionBomContainsItself', name: component.name } });
    }
    if (madeOf(ctx, c.productId, productId, new Set())) {
      throw new AppError('VALIDATION', `"${component.name}" is itself made with this product.`, { details: { reason: 'productionBomCycle', name: component.name } });
    }
  }
}

export function saveBom(ctx: Ctx, input: { productId: number; outputQuantity: number; note: string; components: ComponentRow[] }): Bom {
  productRow(ctx, input.productId);
  refuseDuplicateProducts(input.components, 'productionBomDuplicate');
  refuseCycles(ctx, input.productId, input.components);
  const current = currentBomRow(ctx, input.productId);
  if (current && current.output_quantity === input.outputQuantity && current.note === input.note
    && JSON.stringify(componentsOf(ctx, current.id)) === JSON.stringify(input.components.map((c) => ({ productId: c.productId, quantity: c.quantity })))) {
    return bomView(ctx, current);
  }
  if (current) ctx.db.prepare('UPDATE boms SET retired_at = ? WHERE id = ?').run(ctx.now(), current.id);
  const version = 1 + (ctx.db.prepare('SELECT coalesce(max(version), 0) FROM boms WHERE product_id = ?').pluck().get(input.productId) as number);
  const { lastInsertRowid } = ctx.db.prepare('INSERT INTO boms (product_id, version, output_quantity, note, created_at, created_by) VALUES (?, ?, ?, ?, ?, ?)')
    .run(input.productId, version, input.outputQuantity, input.note, ctx.now(), ctx.session?.staffId ?? null);
  const id = Number(lastInsertRowid);
  const insert = ctx.db.prepare('INSERT INTO bom_components (bom_id, product_id, position, quantity) VALUES (?, ?, ?, ?)');
  input.components.forEach((c, i) => insert.run(id, c.productId, i + 1, c.quantity));
  ctx.audit('production.bom.save', `product:${input.productId}`, current ? { bomId: current.id, version: current.version } : undefined, {
    bomId: id, version, outputQuantity: input.outputQuantity, components: input.components.map((c) => [c.productId, c.quantity]),
  });
  return bomVersion(ctx, id);
}

/** The product is no longer made from a bill: the current version is retired (kept in the history). */
export function retireBom(ctx: Ctx, productId: number): null {
  const bom = requireCurrentBom(ctx, productId);
  ctx.db.prepare('UPDATE boms SET retired_at = ? WHERE id = ?').run(ctx.now(), bom.id);
  ctx.audit('production.bom.retire', `product:${productId}`, { bomId: bom.id, version: bom.version }, undefined);
  return null;
}
