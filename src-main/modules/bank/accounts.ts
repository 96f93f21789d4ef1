/** Bank accounts (each booked on one ledger account) and the saved CSV column mappings. */
import type { BankAccount, CsvMapping, SavedMapping } from '../../../src-shared/contract/bank';
import { csvMappingInput } from '../../../src-shared/contract/bank';
import type { ParsedInput } from '../../../src-shared/contract';
import type { Ctx } from '../../core/context';
import { AppError } from '../../core/errors';
import { ibanIsValid, normalizeIban } from './values';

export interface BankAccountRow {
  id: number;
  name: string;
  iban: string | null;
  account_id: number;
}

/** The shop's currency: statement lines in another one are not booked. */
export function shopCurrency(ctx: Pick<Ctx, 'db'>): string {
  return (ctx.db.prepare('SELECT currency FROM company WHERE id = 1').pluck().get() as string | undefined) ?? 'EUR';
}

export function bankAccountRow(ctx: Pick<Ctx, 'db'>, id: number): BankAccountRow {
  const row = ctx.db.prepare('SELECT id, name, iban, account_id FROM bank_accounts WHERE id = ?').get(id) as BankAccountRow | undefined;
  if (!row) throw new AppError('NOT_FOUND', `There is no bank account ${id}.`, { details: { reason: 'bankAccountNotFound' } });
  return row;
}

export function bankAccountByIban(ctx: Pick<Ctx, 'db'>, iban: string): BankAccountRow | null {
  return (ctx.db.prepare('SELECT id, name, iban, account_id FROM bank_accounts WHERE iban = ?').get(iban) as BankAccountRow | undefined) ?? null;
}

const LIST_SQL = `
  SELECT b.id, b.name, b.iban, b.account_id AS accountId, a.number AS accountNumber, a.name AS accountName,
    (SELECT count(*) FROM bank_lines l WHERE l.bank_account_id = b.id
       AND (l.entry_id IS NULL OR EXISTS (SELECT 1 FROM journal_entries r WHERE r.reverses_entry_id = l.entry_id))) AS openLines,
    (SELECT max(booked_on) FROM bank_lines l WHERE l.bank_account_id = b.id) AS lastBookedOn
  FROM bank_accounts b JOIN accounts a ON a.id = b.account_id`;

export function listBankAccounts(ctx: Ctx): BankAccount[] {
  return ctx.db.prepare(`${LIST_SQL} ORDER BY b.id`).all() as BankAccount[];
}

export function getBankAccount(ctx: Ctx, id: number): BankAccount {
  bankAccountRow(ctx, id);
  return ctx.db.prepare(`${LIST_SQL} WHERE b.id = ?`).get(id) as BankAccount;
}

/** Checks and normalises an IBAN ("de89 3704 …" → "DE893704…"); refuses a wrong check sum. */
export function checkedIban(raw: string): string {
  const iban = normalizeIban(raw);
  if (!ibanIsValid(iban)) throw new AppError('VALIDATION', `"${raw}" is not a valid IBAN.`, { details: { reason: 'bankIbanInvalid', iban: raw } });
  return iban;
}

export function createBankAccount(ctx: Ctx, input: ParsedInput<'bank.accounts.create'>): BankAccount {
  const iban = input.iban ? checkedIban(input.iban) : null;
  const account = ctx.db.prepare('SELECT id, number, name, type, role, retired_at FROM accounts WHERE id = ?').get(input.accountId) as
    { id: number; number: string; name: string; type: string; role: string | null; retired_at: string | null } | undefined;
  if (!account) throw new AppError('NOT_FOUND', `There is no account ${input.accountId}.`, { details: { reason: 'accountNotFound' } });
  if (account.type !== 'asset' || account.role === 'cash' || account.retired_at) {
    throw new AppError('VALIDATION', `Account ${account.number} cannot hold a bank account's money.`, {
      details: { reason: 'bankLedgerAccountUnfit', account: `${account.number} ${account.name}` },
    });
  }
  const taken = ctx.db.prepare('SELECT name FROM bank_accounts WHERE account_id = ?').pluck().get(account.id) as string | undefined;
  if (taken !== undefined) {
    throw new AppError('CONFLICT', `Account ${account.number} already belongs to bank account "${taken}".`, {
      details: { reason: 'bankLedgerAccountTaken', account: `${account.number} ${account.name}`, name: taken },
    });
  }
  if (ctx.db.prepare('SELECT 1 FROM bank_accounts WHERE name = ?').get(input.name)) {
    throw new AppError('CONFLICT', `A bank account named "${input.name}" exists.`, { details: { reason: 'bankAccountNameTaken', name: input.name } });
  }
  if (iban && bankAccountByIban(ctx, iban)) {
    throw new AppError('CONFLICT', `The IBAN ${iban} belongs to another bank account.`, { details: { reason: 'bankIbanTaken', iban } });
  }
  const { lastInsertRowid } = ctx.db.prepare('INSERT INTO bank_accounts (name, iban, account_id) VALUES (?, ?, ?)').run(input.name, iban, account.id);
  ctx.audit('bank.accounts.create', `bankAccount:${lastInsertRowid}`, undefined, { name: input.name, iban, account: account.number });
  return getBankAccount(ctx, Number(lastInsertRowid));
}

/** Records the IBAN a statement names on the account it was imported into (first CAMT import). */
export function learnIban(ctx: Ctx, account: BankAccountRow, iban: string): void {
  ctx.db.prepare('UPDATE bank_accounts SET iban = ? WHERE id = ?').run(iban, account.id);
  ctx.audit('bank.accounts.iban', `bankAccount:${account.id}`, { iban: account.iban }, { iban });
}

interface MappingRow {
  id: number;
  name: string;
  mapping: string;
  header: string;
  updated_at: string;
}

function toSaved(row: MappingRow): SavedMapping | null {
  // A stored mapping is re-checked on reading, so a hand-edited row cannot reach the reader.
  const mapping = csvMappingInput.safeParse(JSON.parse(row.mapping));
  if (!mapping.success) return null;
  return { id: row.id, name: row.name, mapping: mapping.data, header: JSON.parse(row.header) as string[], updatedAt: row.updated_at };
}

export function listMappings(ctx: Pick<Ctx, 'db'>): SavedMapping[] {
  return (ctx.db.prepare('SELECT * FROM bank_mappings ORDER BY name').all() as MappingRow[]).map(toSaved).filter((m): m is SavedMapping => m !== null);
}

/** Saves a mapping under a name (replacing one of that name); writes nothing when it is unchanged. */
export function saveMapping(ctx: Ctx, name: string, mapping: CsvMapping, header: string[]): void {
  const json = JSON.stringify(mapping);
  const headerJson = JSON.stringify(header);
  const existing = ctx.db.prepare('SELECT * FROM bank_mappings WHERE name = ?').get(name) as MappingRow | undefined;
  if (existing && existing.mapping === json && existing.header === headerJson) return;
  if (existing) ctx.db.prepare('UPDATE bank_mappings SET mapping = ?, header = ?, updated_at = ? WHERE id = ?').run(json, headerJson, ctx.now(), existing.id);
  else ctx.db.prepare('INSERT INTO bank_mappings (name, mapping, header, updated_at) VALUES (?, ?, ?, ?)').run(name, json, headerJson, ctx.now());
  ctx.audit('bank.mappings.save', `bankMapping:${name}`, existing ? JSON.parse(existing.mapping) : undefined, mapping);
}
