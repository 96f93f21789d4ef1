/**
 * The child rows of a page of parents in one query instead of one per parent. The query selects
 * the parent's id as `parentId` and filters with `IN (SELECT value FROM json_each(@parentIds))`;
 * the rows come back grouped per parent in the query's order, without the `parentId` column.
 */
import type Database from 'better-sqlite3';

export function childrenOf<T>(db: Database.Database, sql: string, parentIds: readonly number[]): (parentId: number) => T[] {
  const groups = new Map<number, T[]>();
  if (parentIds.length > 0) {
    const rows = db.prepare(sql).all({ parentIds: JSON.stringify(parentIds) }) as (T & { parentId: number })[];
    for (const { parentId, ...child } of rows) {
      const list = groups.get(parentId);
      if (list) list.push(child as T);
      else groups.set(parentId, [child as T]);
    }
  }
  return (parentId) => groups.get(parentId) ?? [];
}
