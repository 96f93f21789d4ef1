/** The chart of accounts: a tree by account class, owner's accounts added and renamed, retired never deleted. */
import type { Account, AccountTree, ChartKey } from '../../../src-shared/contract/ledger';
import type { ParsedInput } from '../../../src-shared/contract';
import type { Ctx } from '../../core/context';
import { AppError } from '../../core/errors';
import { readSetting, writeSetting } from '../settings/app-settings';
import { CHART_PRESETS, replaceChart } from './charts';

const SELECT_ACCOUNTS = `
  SELECT a.id, a.number, a.name, a.type, a.role, a.vat_rate_id AS vatRateId, a.retired_at AS retiredAt,
         (SELECT count(*) FROM journal_lines l WHERE l.account_id = a.id) AS postings,
         (SELECT coalesce(sum(l.amount_cents), 0) FROM journal_lines l WHERE l.account_id = a.id) AS balanceCents
  FROM accounts a`;

export function listAccounts(ctx: Ctx): Account[] {
  return ctx.db.prepare(`${SELECT_ACCOUNTS} WHERE a.number NOT LIKE 'old-%' ORDER BY a.number`).all() as Account[];
}

export function getAccount(ctx: Ctx, id: number): Account {
  const row = ctx.db.prepare(`${SELECT_ACCOUNTS} WHERE a.id = ?`).get(id) as Account | undefined;
  if (!row) throw new AppError('NOT_FOUND', `There is no account ${id}.`, { details: { reason: 'accountNotFound' } });
  return row;
}

export function journalIsEmpty(ctx: Ctx): boolean {
  return ctx.db.prepare('SELECT 1 FROM journal_entries LIMIT 1').get() === undefined;
}

export function accountTree(ctx: Ctx): AccountTree {
  const chart = readSetting(ctx.db, 'chart');
  const classes = CHART_PRESETS[chart].classes;
  const groups = new Map<string, AccountTree['groups'][number]>();
  for (const account of listAccounts(ctx)) {
    const key = account.number.charAt(0);
    if (!groups.has(key)) groups.set(key, { key, name: classes[key] ?? key, accounts: [] });
    groups.get(key)!.accounts.push(account);
  }
  return { chart, canSwitchChart: journalIsEmpty(ctx), groups: [...groups.values()].sort((a, b) => a.key.localeCompare(b.key)) };
}

function assertVatRate(ctx: Ctx, vatRateId: number | null): void {
  if (vatRateId !== null && !ctx.db.prepare('SELECT 1 FROM vat_rates WHERE id = ?').get(vatRateId)) {
    throw new AppError('NOT_FOUND', 'There is no such VAT rate.', { details: { reason: 'vatRateNotFound' } });
  }
}

export function createAccount(ctx: Ctx, input: ParsedInput<'ledger.account.create'>): Account {
  assertVatRate(ctx, input.vatRateId);
  if (ctx.db.prepare('SELECT 1 FROM accounts WHERE number = ?').get(input.number)) {
    throw new AppError('CONFLICT', `Account ${input.number} exists already.`, { details: { reason: 'accountNumberTaken', number: input.number } });
  }
  const { lastInsertRowid } = ctx.db.prepare('INSERT INTO accounts (number, name, type, vat_rate_id) VALUES (?, ?, ?, ?)')
    .run(input.number, input.name, input.type, input.vatRateId);
  ctx.audit('ledger.account.create', `account:${input.number}`, undefined, input);
  return getAccount(ctx, Number(lastInsertRowid));
}

export function updateAccount(ctx: Ctx, input: ParsedInput<'ledger.account.update'>): Account {
  const before = getAccount(ctx, input.id);
  assertVatRate(ctx, input.vatRateId);
  // Reports read an account's VAT link for lines posted without a rate: changing it would rewrite past returns.
  if (before.postings > 0 && before.vatRateId !== input.vatRateId) {
    throw new AppError('CONFLICT', `Account ${before.number} has postings; its VAT rate can no longer change.`, {
      details: { reason: 'accountVatInUse', account: `${before.number} ${before.name}` },
    });
  }
  ctx.db.prepare('UPDATE accounts SET name = ?, vat_rate_id = ? WHERE id = ?').run(input.name, input.vatRateId, input.id);
  ctx.audit('ledger.account.update', `account:${before.number}`, { name: before.name, vatRateId: before.vatRateId }, { name: input.name, vatRateId: input.vatRateId });
  return getAccount(ctx, input.id);
}

export function setRetired(ctx: Ctx, id: number, retired: boolean): Account {
  const account = getAccount(ctx, id);
  if (retired && account.role !== null) {
    throw new AppError('CONFLICT', `Account ${account.number} is used by the system (${account.role}) and cannot be retired.`, {
      details: { reason: 'accountHasRole', account: `${account.number} ${account.name}` },
    });
  }
  ctx.db.prepare('UPDATE accounts SET retired_at = ? WHERE id = ?').run(retired ? ctx.now() : null, id);
  ctx.audit(retired ? 'ledger.account.retire' : 'ledger.account.reactivate', `account:${account.number}`);
  return getAccount(ctx, id);
}

export function switchChart(ctx: Ctx, chart: ChartKey): AccountTree {
  if (!journalIsEmpty(ctx)) {
    throw new AppError('CONFLICT', 'The chart can only be switched while nothing is posted.', { details: { reason: 'chartInUse' } });
  }
  const before = readSetting(ctx.db, 'chart');
  replaceChart(ctx.db, chart);
  writeSetting(ctx.db, 'chart', chart);
  ctx.audit('ledger.chart.switch', 'chart', before, chart);
  return accountTree(ctx);
}
