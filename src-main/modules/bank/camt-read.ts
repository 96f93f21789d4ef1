/**
 * Reading CAMT.053 bank statements (ISO 20022; versions .001.02 to .001.08 read alike): one or
 * more statements per file, each with its account (IBAN, else another id), opening and closing
 * balance, and booked entries. An entry that batches several transactions becomes one line per
 * transaction when the file gives their amounts (and they add up), else one line.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { StatedBalance } from '../../../src-shared/contract/bank';
import { AppError } from '../../core/errors';
import type { ParsedLine, ParsedStatement } from './types';
import { MAX } from './types';
import { cleanText, normalizeIban, parseXmlAmount } from './values';

type Node = Record<string, unknown>;

const ARRAYS = new Set(['Stmt', 'Ntry', 'NtryDtls', 'TxDtls', 'Bal', 'Ustrd', 'AdrLine', 'Strd']);

const parser = new XMLParser({
  ignoreAttributes: false,
  removeNSPrefix: true,
  // Amounts and ids stay text: "33.10" must not become a float, "000000001" must keep its zeros.
  parseTagValue: false,
  parseAttributeValue: false,
  isArray: (name) => ARRAYS.has(name),
  processEntities: { enabled: true, maxEntityCount: 50, maxTotalExpansions: 1000, maxExpandedLength: 100_000 },
});

function invalid(message: string, reason = 'bankCamtInvalid'): AppError {
  return new AppError('VALIDATION', message, { details: { reason } });
}

/** The value at a path of element names; undefined when any step is missing. */
function at(node: unknown, path: string): unknown {
  let current: unknown = node;
  for (const step of path.split('.')) {
    if (typeof current !== 'object' || current === null || Array.isArray(current)) return undefined;
    current = (current as Node)[step];
  }
  return current;
}

function list(value: unknown): Node[] {
  if (value === undefined || value === null) return [];
  return (Array.isArray(value) ? value : [value]).filter((v): v is Node => typeof v === 'object' && v !== null);
}

/** An element's text ('' when missing); an element with attributes keeps its text in "#text". */
function text(node: unknown, path: string): string {
  const value = at(node, path);
  if (typeof value === 'string') return value.trim();
  if (Array.isArray(value)) return value.map((v) => (typeof v === 'string' ? v : '')).join(' ').trim();
  if (typeof value === 'object' && value !== null && typeof (value as Node)['#text'] === 'string') return ((value as Node)['#text'] as string).trim();
  return '';
}

const first = (...values: string[]) => values.find((v) => v !== '') ?? '';

/** Dt, or DtTm cut to its day (the bank's own local date). */
function dateOf(node: unknown): string | null {
  const value = first(text(node, 'Dt'), text(node, 'DtTm'));
  return /^\d{4}-\d{2}-\d{2}/.test(value) ? value.slice(0, 10) : null;
}

function signedAmount(amountNode: unknown, indicator: string): number | null {
  const cents = parseXmlAmount(typeof amountNode === 'string' ? amountNode : text(amountNode, '#text'));
  if (cents === null) return null;
  return indicator === 'DBIT' ? -cents : cents;
}

function amountOf(node: Node, path: string, indicator: string): { cents: number | null; currency: string } {
  const amount = at(node, path);
  if (amount === undefined) return { cents: null, currency: '' };
  return { cents: signedAmount(amount, indicator), currency: text(amount, '@_Ccy') };
}

function balance(balances: Node[], codes: string[]): StatedBalance | null {
  for (const code of codes) {
    const bal = balances.find((b) => first(text(b, 'Tp.CdOrPrtry.Cd'), text(b, 'Tp.CdOrPrtry.Prtry')) === code);
    if (!bal) continue;
    const cents = amountOf(bal, 'Amt', text(bal, 'CdtDbtInd')).cents;
    const on = dateOf(at(bal, 'Dt'));
    if (cents !== null && on) return { on, cents };
  }
  return null;
}

/** The other party: who paid (money in) or who was paid (money out); v08 nests the name in Pty. */
function party(tx: Node, incoming: boolean): { name: string; iban: string } {
  const side = incoming ? 'Dbtr' : 'Cdtr';
  const name = first(
    text(tx, `RltdPties.${side}.Nm`), text(tx, `RltdPties.${side}.Pty.Nm`),
    text(tx, `RltdPties.Ultmt${side}.Nm`), text(tx, `RltdPties.Ultmt${side}.Pty.Nm`),
  );
  const iban = first(text(tx, `RltdPties.${side}Acct.Id.IBAN`), text(tx, `RltdPties.${side}Acct.Id.Othr.Id`));
  return { name, iban };
}

function purposeOf(tx: Node | undefined, entry: Node): string {
  const structured = list(at(tx, 'RmtInf.Strd')).map((s) => text(s, 'CdtrRefInf.Ref')).filter(Boolean).join(' ');
  return first(text(tx, 'RmtInf.Ustrd'), structured, text(tx, 'AddtlTxInf'), text(entry, 'AddtlNtryInf'));
}

function referenceOf(tx: Node | undefined, entry: Node): string {
  const endToEnd = text(tx, 'Refs.EndToEndId');
  return first(endToEnd === 'NOTPROVIDED' ? '' : endToEnd, text(tx, 'Refs.AcctSvcrRef'), text(tx, 'Refs.TxId'),
    text(entry, 'AcctSvcrRef'), text(entry, 'NtryRef'));
}

function line(base: Omit<ParsedLine, 'counterparty' | 'counterpartyIban' | 'purpose' | 'reference'>, name: string, iban: string, purpose: string, reference: string): ParsedLine {
  return {
    ...base,
    counterparty: cleanText(name, MAX.counterparty),
    counterpartyIban: iban ? normalizeIban(iban).slice(0, MAX.iban) : null,
    purpose: cleanText(purpose, MAX.purpose),
    reference: cleanText(reference, MAX.reference) || null,
  };
}

function entryLines(entry: Node, index: number, statementCurrency: string | null): { lines: ParsedLine[]; signed: number } {
  const indicator = text(entry, 'CdtDbtInd');
  const { cents: signed, currency: entryCurrency } = amountOf(entry, 'Amt', indicator);
  const bookedOn = dateOf(at(entry, 'BookgDt')) ?? dateOf(at(entry, 'ValDt'));
  if (signed === null || !['CRDT', 'DBIT'].includes(indicator) || !bookedOn) {
    throw invalid(`Entry ${index + 1} of the statement has no readable amount, direction or date.`);
  }
  if (signed === 0) return { lines: [], signed };
  const currency = entryCurrency || statementCurrency || '';
  const base = { bookedOn, valueOn: dateOf(at(entry, 'ValDt')), currency };
  const txs = list(at(entry, 'NtryDtls')).flatMap((d) => list(d.TxDtls));

  // A batch whose transactions carry amounts that add up to the entry: one line each.
  if (txs.length >= 2) {
    const amounts = txs.map((tx) => {
      const own = text(tx, 'CdtDbtInd') || indicator;
      const detail = at(tx, 'AmtDtls.TxAmt.Amt') !== undefined ? amountOf(tx, 'AmtDtls.TxAmt.Amt', own) : amountOf(tx, 'Amt', own);
      return detail.currency === currency || detail.currency === '' ? detail.cents : null;
    });
    if (amounts.every((a) => a !== null && a !== 0) && amounts.reduce((s: number, a) => s + a!, 0) === signed) {
      return {
        signed,
        lines: txs.map((tx, i) => {
          const p = party(tx, amounts[i]! > 0);
          return line({ ...base, amountCents: amounts[i]! }, p.name, p.iban, purposeOf(tx, entry), referenceOf(tx, entry));
        }),
      };
    }
  }
  if (txs.length <= 1) {
    const p = party(txs[0] ?? {}, signed > 0);
    return { signed, lines: [line({ ...base, amountCents: signed }, p.name, p.iban, purposeOf(txs[0], entry), referenceOf(txs[0], entry))] };
  }
  // Several transactions without usable amounts: one line that names them all.
  const names = [...new Set(txs.map((tx) => party(tx, signed > 0).name).filter(Boolean))].join(', ');
  const purposes = txs.map((tx) => text(tx, 'RmtInf.Ustrd')).filter(Boolean).join(' | ');
  const reference = first(text(entry, 'AcctSvcrRef'), text(entry, 'NtryRef'), text(entry, 'NtryDtls.Btch.PmtInfId'));
  return { signed, lines: [line({ ...base, amountCents: signed }, names, '', first(text(entry, 'AddtlNtryInf'), purposes), reference)] };
}

function readStatement(stmt: Node): ParsedStatement {
  const balances = list(stmt.Bal);
  const currency = first(text(stmt, 'Acct.Ccy'), text(balances[0], 'Amt.@_Ccy'), text(list(stmt.Ntry)[0], 'Amt.@_Ccy')) || null;
  const statement: ParsedStatement = {
    iban: text(stmt, 'Acct.Id.IBAN') ? normalizeIban(text(stmt, 'Acct.Id.IBAN')) : null,
    otherAccountId: text(stmt, 'Acct.Id.Othr.Id') || null,
    currency,
    statementRef: text(stmt, 'Id') || null,
    opening: balance(balances, ['OPBD', 'PRCD']),
    closing: balance(balances, ['CLBD']),
    lines: [],
    bookedSumCents: 0,
    skipped: 0,
  };
  list(stmt.Ntry).forEach((entry, index) => {
    const status = first(text(entry, 'Sts.Cd'), text(entry, 'Sts'));
    if (status !== '' && status !== 'BOOK') {
      statement.skipped++;
      return;
    }
    const { lines, signed } = entryLines(entry, index, currency);
    statement.bookedSumCents += signed;
    statement.lines.push(...lines);
  });
  return statement;
}

/** Every statement of a CAMT.053 file; throws VALIDATION for anything else. */
export function readCamt(xml: string): ParsedStatement[] {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) throw invalid(`The file is not well-formed XML (line ${valid.err.line}): ${valid.err.msg}`, 'bankCamtNotXml');
  let document: unknown;
  try {
    document = parser.parse(xml);
  } catch (error) {
    throw invalid(`The XML could not be read: ${(error as Error).message}`, 'bankCamtNotXml');
  }
  const root = at(document, 'Document');
  if (at(root, 'BkToCstmrAcctRpt') !== undefined || at(root, 'BkToCstmrDbtCdtNtfctn') !== undefined) {
    throw invalid('This is a CAMT.052 report or CAMT.054 notification, not a CAMT.053 statement.', 'bankCamtNotStatement');
  }
  const statements = list(at(root, 'BkToCstmrStmt.Stmt'));
  if (statements.length === 0) throw invalid('The file holds no CAMT.053 statement.', 'bankCamtNotStatement');
  return statements.map(readStatement);
}
