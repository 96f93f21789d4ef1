/**
 * Importing statements: CSV (with a given, saved or guessed mapping) and CAMT.053. Lines already
 * imported for the account are recognised by their fingerprint and skipped, so importing the
 * same file again adds nothing — and writes nothing. A file that cannot be read changes nothing.
 */
import { createHash } from 'node:crypto';
import type { CsvMapping, CsvPreview, ImportResult, StatedBalance, StatementResult } from '../../../src-shared/contract/bank';
import { CSV_PREVIEW_ROWS } from '../../../src-shared/contract/bank';
import type { ParsedInput } from '../../../src-shared/contract';
import type { Ctx } from '../../core/context';
import { AppError } from '../../core/errors';
import { bankAccountByIban, bankAccountRow, learnIban, listMappings, saveMapping, shopCurrency, type BankAccountRow } from './accounts';
import { readCamt } from './camt-read';
import { guessMapping } from './csv-guess';
import { guessDelimiter, preambleBalance, readRows, splitRecords, type CsvRow } from './csv-read';
import { decodeFile, type TextEncoding } from './decode';
import type { ParsedLine, ParsedStatement } from './types';

const norm = (text: string | null) => (text ?? '').toLowerCase().replace(/\s+/g, ' ').trim();

/**
 * One fingerprint per line: a hash of what identifies a payment, plus "#n" for its n-th
 * occurrence in the file. Two equal payments in one file both import; the file again adds none.
 */
export function fingerprints(lines: readonly ParsedLine[], seen = new Map<string, number>()): string[] {
  return lines.map((l) => {
    const base = createHash('sha256')
      .update(JSON.stringify([l.bookedOn, l.amountCents, norm(l.counterparty), norm(l.purpose), norm(l.reference)]))
      .digest('hex');
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return `${base}#${n}`;
  });
}

function knownFingerprints(ctx: Ctx, bankAccountId: number, prints: readonly string[]): Set<string> {
  const exists = ctx.db.prepare('SELECT 1 FROM bank_lines WHERE bank_account_id = ? AND fingerprint = ?');
  return new Set(prints.filter((p) => exists.get(bankAccountId, p) !== undefined));
}

interface StatementToWrite {
  account: BankAccountRow;
  fileName: string;
  format: 'csv' | 'camt';
  statementRef: string | null;
  lines: ParsedLine[];
  skipped: number;
  opening: StatedBalance | null;
  closing: StatedBalance | null;
  balancesReconcile: boolean | null;
  /** Occurrences counted so far in this file for this account (several statements in one file). */
  seen?: Map<string, number>;
}

/** Writes the statement's new lines (and its import row) when there are any; answers what happened. */
function writeStatement(ctx: Ctx, s: StatementToWrite): StatementResult {
  const prints = fingerprints(s.lines, s.seen);
  const known = knownFingerprints(ctx, s.account.id, prints);
  const fresh = s.lines.map((line, i) => ({ line, print: prints[i]! })).filter((x) => !known.has(x.print));
  const days = s.lines.map((l) => l.bookedOn).sort();
  const result: StatementResult = {
    importId: null, bankAccountId: s.account.id, bankAccountName: s.account.name, statementRef: s.statementRef,
    added: fresh.length, duplicates: s.lines.length - fresh.length, skipped: s.skipped,
    from: days[0] ?? null, to: days[days.length - 1] ?? null,
    opening: s.opening, closing: s.closing, balancesReconcile: s.balancesReconcile,
  };
  if (fresh.length === 0) return result;

  const { lastInsertRowid } = ctx.db.prepare(
    `INSERT INTO bank_imports (bank_account_id, file_name, format, statement_ref, imported_at, staff_id, added, duplicates,
       from_on, to_on, opening_on, opening_cents, closing_on, closing_cents)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(s.account.id, s.fileName, s.format, s.statementRef, ctx.now(), ctx.session?.staffId ?? null, result.added, result.duplicates,
    result.from, result.to, s.opening?.on ?? null, s.opening?.cents ?? null, s.closing?.on ?? null, s.closing?.cents ?? null);
  const importId = Number(lastInsertRowid);
  const insert = ctx.db.prepare(
    `INSERT INTO bank_lines (bank_account_id, import_id, booked_on, value_on, amount_cents, currency, counterparty, counterparty_iban,
       purpose, reference, fingerprint) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  for (const { line: l, print } of fresh) {
    insert.run(s.account.id, importId, l.bookedOn, l.valueOn, l.amountCents, l.currency, l.counterparty, l.counterpartyIban, l.purpose, l.reference, print);
  }
  ctx.audit('bank.import', `bankAccount:${s.account.id}`, undefined, { fileName: s.fileName, format: s.format, added: result.added, duplicates: result.duplicates });
  return { ...result, importId };
}

function summary(statements: StatementResult[]): ImportResult {
  const total = (key: 'added' | 'duplicates' | 'skipped') => statements.reduce((a, s) => a + s[key], 0);
  return { statements, added: total('added'), duplicates: total('duplicates'), skipped: total('skipped') };
}

interface PreparedCsv {
  encoding: TextEncoding;
  header: string[];
  mapping: CsvMapping;
  mappingSource: CsvPreview['mappingSource'];
  savedMappingName: string | null;
  rows: CsvRow[];
  closingBalance: StatedBalance | null;
}

/** Reads the CSV with the given mapping, else a saved one made for the same header, else a guessed one. */
function prepareCsv(ctx: Ctx, input: { base64: string; mapping: CsvMapping | null }): PreparedCsv {
  const { text, encoding } = decodeFile(input.base64);
  const currency = shopCurrency(ctx);
  let mapping = input.mapping;
  let mappingSource: CsvPreview['mappingSource'] = 'given';
  let savedMappingName: string | null = null;
  let records: string[][];
  if (mapping) {
    records = splitRecords(text, mapping.delimiter);
  } else {
    const delimiter = guessDelimiter(text);
    records = splitRecords(text, delimiter);
    for (const saved of listMappings(ctx)) {
      const own = saved.mapping.delimiter === delimiter ? records : splitRecords(text, saved.mapping.delimiter);
      const header = (own[saved.mapping.skipLines] ?? []).map((h) => h.trim());
      if (JSON.stringify(header) === JSON.stringify(saved.header)) {
        ({ mapping } = saved);
        records = own;
        mappingSource = 'saved';
        savedMappingName = saved.name;
        break;
      }
    }
    if (!mapping) {
      mapping = guessMapping(records, delimiter);
      mappingSource = 'guessed';
    }
  }
  const { header, rows } = readRows(records, mapping, currency);
  return { encoding, header, mapping, mappingSource, savedMappingName, rows, closingBalance: preambleBalance(records.slice(0, mapping.skipLines), mapping.decimal) };
}

export function csvPreview(ctx: Ctx, input: ParsedInput<'bank.csv.preview'>): CsvPreview {
  const account = bankAccountRow(ctx, input.bankAccountId);
  const prepared = prepareCsv(ctx, input);
  const valid = prepared.rows.filter((r) => r.parsed !== null);
  const prints = fingerprints(valid.map((r) => r.parsed!));
  const known = knownFingerprints(ctx, account.id, prints);
  const duplicate = new Set(valid.filter((_, i) => known.has(prints[i]!)).map((r) => r.line));
  const rows = prepared.rows.map((r) => ({
    line: r.line, ...r.shown, duplicate: duplicate.has(r.line), error: r.error,
  }));
  const errors = rows.filter((r) => r.error !== null).length;
  return {
    fileName: input.fileName,
    encoding: prepared.encoding,
    header: prepared.header,
    mapping: prepared.mapping,
    mappingSource: prepared.mappingSource,
    savedMappingName: prepared.savedMappingName,
    rows: rows.slice(0, CSV_PREVIEW_ROWS),
    counts: { total: rows.length, new: valid.length - duplicate.size, duplicates: duplicate.size, errors },
    closingBalance: prepared.closingBalance,
  };
}

export function csvImport(ctx: Ctx, input: ParsedInput<'bank.csv.import'>): ImportResult {
  const account = bankAccountRow(ctx, input.bankAccountId);
  const prepared = prepareCsv(ctx, input);
  const bad = prepared.rows.filter((r) => r.error !== null);
  if (bad.length > 0 && !input.skipInvalidRows) {
    throw new AppError('VALIDATION', `${bad.length} rows of the file cannot be read (first: record ${bad[0]!.line}).`, {
      details: { reason: 'bankCsvRowErrors', count: bad.length, line: bad[0]!.line },
    });
  }
  const lines = prepared.rows.flatMap((r) => (r.parsed ? [r.parsed] : []));
  if (lines.length === 0) throw new AppError('VALIDATION', 'The file holds no statement lines.', { details: { reason: 'bankNoLines' } });
  if (input.saveMappingAs) saveMapping(ctx, input.saveMappingAs, prepared.mapping, prepared.header);
  return summary([writeStatement(ctx, {
    account, fileName: input.fileName, format: 'csv', statementRef: null, lines, skipped: bad.length,
    opening: null, closing: prepared.closingBalance, balancesReconcile: null,
  })]);
}

/** The bank account a CAMT statement belongs to: by its IBAN, else the one the user chose. */
function statementAccount(ctx: Ctx, statement: ParsedStatement, chosen: BankAccountRow | null): BankAccountRow {
  if (statement.iban) {
    const known = bankAccountByIban(ctx, statement.iban);
    if (known) {
      if (chosen && chosen.id !== known.id) {
        throw new AppError('CONFLICT', `The statement is for ${statement.iban}, which is bank account "${known.name}".`, {
          details: { reason: 'bankIbanOtherAccount', iban: statement.iban, name: known.name },
        });
      }
      return known;
    }
    if (!chosen) {
      throw new AppError('VALIDATION', `No bank account has the IBAN ${statement.iban}.`, { details: { reason: 'bankIbanUnknown', iban: statement.iban } });
    }
    // Read again: an earlier statement of the same file may have just taught the account its IBAN.
    const current = bankAccountRow(ctx, chosen.id);
    if (current.iban && current.iban !== statement.iban) {
      throw new AppError('CONFLICT', `The statement is for ${statement.iban}, but bank account "${current.name}" has ${current.iban}.`, {
        details: { reason: 'bankIbanMismatch', iban: statement.iban, name: current.name, accountIban: current.iban },
      });
    }
    learnIban(ctx, current, statement.iban);
    return { ...chosen, iban: statement.iban };
  }
  if (!chosen) throw new AppError('VALIDATION', 'The statement names no IBAN; choose the bank account.', { details: { reason: 'bankAccountRequired' } });
  return chosen;
}

export function camtImport(ctx: Ctx, input: ParsedInput<'bank.camt.import'>): ImportResult {
  const chosen = input.bankAccountId === null ? null : bankAccountRow(ctx, input.bankAccountId);
  const { text } = decodeFile(input.base64);
  const statements = readCamt(text);
  const currency = shopCurrency(ctx);
  const seenPerAccount = new Map<number, Map<string, number>>();
  const results = statements.map((statement) => {
    const account = statementAccount(ctx, statement, chosen);
    const foreign = statement.currency && statement.currency !== currency ? statement.currency : statement.lines.find((l) => l.currency !== currency)?.currency;
    if (foreign) {
      throw new AppError('VALIDATION', `The statement is in ${foreign}; the books are kept in ${currency}.`, {
        details: { reason: 'bankCurrency', currency: foreign, expected: currency },
      });
    }
    const seen = seenPerAccount.get(account.id) ?? new Map<string, number>();
    seenPerAccount.set(account.id, seen);
    const reconciles = statement.opening && statement.closing ? statement.opening.cents + statement.bookedSumCents === statement.closing.cents : null;
    return writeStatement(ctx, {
      account, fileName: input.fileName, format: 'camt', statementRef: statement.statementRef, lines: statement.lines, skipped: statement.skipped,
      opening: statement.opening, closing: statement.closing, balancesReconcile: reconciles, seen,
    });
  });
  return summary(results);
}
