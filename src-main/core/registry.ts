/**
 * The command registry: every call from every transport goes through `invoke`, which
 * validates the input, resolves the caller's session, checks the permission, runs the handler in
 * one SQLite transaction and answers an envelope. After a committed write it announces the
 * changed topics. Unknown errors are logged and answered as INTERNAL, never with a stack trace.
 */
import type Database from 'better-sqlite3';
import { contract, isChannel, type Channel, type Output, type ParsedInput, type Topic } from '../../src-shared/contract';
import type { Envelope, ErrorBody } from '../../src-shared/errors';
import type { Clock } from './clock';
import type { Ctx, Session, SystemServices } from './context';
import { AppError, CommandFailure } from './errors';

/** Transaction handlers answer synchronously; task handlers (channels marked `task`) are async. */
export type Handler<C extends Channel> = (input: ParsedInput<C>, ctx: Ctx) => Output<C> | CommandFailure | Promise<Output<C>>;
/** A missing handler is a compile error. */
export type Handlers = { [C in Channel]: Handler<C> };

export interface CallMeta {
  token?: string | null;
}

export interface Logger {
  error(message: string, error?: unknown): void;
}

export interface RegistryDeps {
  db: Database.Database;
  clock: Clock;
  handlers: Handlers;
  resolveSession(db: Database.Database, token: string, now: string): Session | null;
  onChanged(topics: readonly Topic[]): void;
  logger: Logger;
  system: SystemServices;
}

const fail = (body: ErrorBody): Envelope<never> => ({ ok: false, error: body });

/** SQLite failures that have a meaning for the user rather than being bugs. */
function sqliteErrorBody(error: unknown): ErrorBody | null {
  const code = (error as { code?: unknown }).code;
  if (typeof code !== 'string') return null;
  if (code === 'SQLITE_FULL') return { code: 'STORAGE_FULL', message: 'The disk is full. Nothing was saved; free some space and try again.' };
  if (code.startsWith('SQLITE_READONLY') || code === 'SQLITE_CANTOPEN' || code.startsWith('SQLITE_IOERR')) {
    return { code: 'READ_ONLY', message: 'The data folder cannot be written to. Nothing was saved.' };
  }
  return null;
}

export function createRegistry(deps: RegistryDeps) {
  const { db, clock, handlers, logger } = deps;

  let insertAudit: Database.Statement | undefined;

  function makeCtx(session: Session | null): Ctx {
    const now = () => clock.now().toISOString();
    return {
      db,
      system: deps.system,
      now,
      nowDate: () => clock.now(),
      session,
      audit(action, subject = null, before = undefined, after = undefined) {
        insertAudit ??= db.prepare(
          'INSERT INTO audit_log (at, staff_id, action, subject, before, after) VALUES (?, ?, ?, ?, ?, ?)',
        );
        insertAudit.run(
          now(),
          session?.staffId ?? null,
          action,
          subject,
          before === undefined ? null : JSON.stringify(before),
          after === undefined ? null : JSON.stringify(after),
        );
      },
    };
  }

  /** On a damaged database the sessions may be unreadable: then nobody is signed in, no crash. */
  function sessionOf(token: string): Session | null {
    try {
      return deps.resolveSession(db, token, clock.now().toISOString());
    } catch (error) {
      if (deps.system.readOnly) return null;
      throw error;
    }
  }

  function failure(channelName: string, error: unknown): Envelope<never> {
    if (error instanceof AppError) return fail(error.toBody());
    const known = sqliteErrorBody(error);
    if (known) return fail(known);
    logger.error(`command ${channelName} failed`, error);
    return fail({ code: 'INTERNAL', message: 'Something went wrong. Nothing was saved.' });
  }

  /** A task: async, outside the one-transaction rule (backup, restore); it manages its own writes. */
  async function runTask(channelName: string, handler: (input: unknown, ctx: Ctx) => unknown, input: unknown, ctx: Ctx, changes: readonly Topic[]) {
    try {
      const result = await handler(input, ctx);
      if (changes.length > 0) deps.onChanged(changes);
      return { ok: true as const, data: result ?? null };
    } catch (error) {
      return failure(channelName, error);
    }
  }

  function invoke(channelName: string, rawInput: unknown, meta: CallMeta = {}): Envelope<unknown> | Promise<Envelope<unknown>> {
    if (!isChannel(channelName)) return fail({ code: 'NOT_FOUND', message: `Unknown command "${channelName}"` });
    const def = contract[channelName];
    const parsed = def.input.safeParse(rawInput ?? {});
    if (!parsed.success) {
      return fail({
        code: 'VALIDATION',
        message: 'The input is not valid.',
        issues: parsed.error.issues.map((i) => ({ path: i.path.map((p) => (typeof p === 'symbol' ? String(p) : p)), message: i.message })),
      });
    }

    try {
      const session = meta.token ? sessionOf(meta.token) : null;
      if (def.access !== 'public') {
        if (!session) return fail({ code: 'UNAUTHENTICATED', message: 'Please sign in.' });
        if (def.access !== 'signedIn' && !session.permissions.has(def.access)) {
          return fail({ code: 'FORBIDDEN', message: 'Your role does not allow this.' });
        }
      }
      const handler = handlers[channelName] as (input: unknown, ctx: Ctx) => unknown;
      const ctx = makeCtx(session);
      if (def.task) return runTask(channelName, handler, parsed.data, ctx, def.changes);
      // On a damaged database a failed read may abort the transaction under it; reads there run
      // bare so a handler that catches its own read error can still answer.
      if (def.changes.length === 0 && deps.system.readOnly) {
        const value = handler(parsed.data, ctx);
        if (value instanceof CommandFailure) return fail(value.error.toBody());
        return { ok: true, data: value ?? null };
      }
      const run = db.transaction(() => {
        const value = handler(parsed.data, ctx);
        if (value instanceof Promise) throw new Error(`${channelName} answered asynchronously inside its transaction`);
        return value;
      });
      const result = def.changes.length > 0 ? run.immediate() : run.deferred();
      if (def.changes.length > 0) deps.onChanged(def.changes);
      if (result instanceof CommandFailure) return fail(result.error.toBody());
      return { ok: true, data: result ?? null };
    } catch (error) {
      return failure(channelName, error);
    }
  }

  return { invoke };
}

export type Registry = ReturnType<typeof createRegistry>;
