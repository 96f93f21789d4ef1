/** What a handler receives besides its input: the database, the clock and the caller. */
import type Database from 'better-sqlite3';
import type { Permission } from '../../src-shared/permissions';

export interface Session {
  tokenHash: string;
  staffId: number;
  name: string;
  role: string;
  permissions: ReadonlySet<Permission>;
  language: string | null;
  expiresAt: string;
}

export interface Ctx {
  db: Database.Database;
  /** ISO-8601 UTC from the injected clock. */
  now(): string;
  nowDate(): Date;
  session: Session | null;
  /** Appends an audit row in the command's transaction. */
  audit(action: string, subject?: string | null, before?: unknown, after?: unknown): void;
}

export function requireSession(ctx: Ctx): Session {
  if (!ctx.session) throw new Error('handler requires a session but the registry let an anonymous call through');
  return ctx.session;
}
