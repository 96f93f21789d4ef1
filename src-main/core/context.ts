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

/** What the core offers handlers about the database as a whole (backups, restore, health). */
export interface SystemServices {
  readonly dataDir: string;
  readonly readOnly: boolean;
  readonly problem: string | null;
  readonly problemKind: 'unreadable' | 'damaged' | 'foreign' | 'behindBackup' | null;
  readonly databaseFile: string;
  /** The live database (after a restore, the new one). */
  currentDb(): Database.Database;
  /** Online backup of the live database to a file (SQLite's backup API). */
  backupTo(destination: string): Promise<void>;
  /** Closes the database, puts `sourceFile` in its place and opens it again (restore). */
  replaceDatabase(sourceFile: string): void;
}

export interface Ctx {
  db: Database.Database;
  system: SystemServices;
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
