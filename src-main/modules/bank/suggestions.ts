/**
 * Match suggestions for an open bank line, kept simple and explainable. Candidates have the
 * line's exact amount and lie near its date:
 *  - an entry already booked on the bank's ledger account and not linked to a bank line yet
 *    (an expense paid from the bank), matched by linking;
 *  - open items on transit, card clearing, receivables or payables whose amount mirrors the
 *    line (cash taken to the bank, card payments, invoices), alone or as one day's total,
 *    matched by posting bank against their account.
 * Score: 50 for the amount, up to 30 for the date (3 fewer per day apart), up to 20 for text
 * (a receipt or entry number in the purpose 20, a word in common 10).
 */
import type { BankSuggestion, SuggestionItem, SuggestionReason } from '../../../src-shared/contract/bank';
import type { Ctx } from '../../core/context';
import { bankAccountRow } from './accounts';
import { lineRow, type LineRow } from './lines';
import { addDays } from '../../../src-shared/days';

/** Roles whose journal lines are open items a bank payment settles. */
export const OPEN_ITEM_ROLES = ['transit', 'cardClearing', 'receivables', 'payables'] as const;
/** Roles whose items a bank line may settle as one day's total (card payments, cash deposits). */
const DAY_TOTAL_ROLES = new Set(['transit', 'cardClearing']);
const DAYS_BEFORE = 60;
const DAYS_AFTER = 14;
const MAX_SUGGESTIONS = 10;

/** SQL: the entry aliased `e` is neither reversed nor a reversal. */
export const ENTRY_IS_LIVE = 'e.reverses_entry_id IS NULL AND NOT EXISTS (SELECT 1 FROM journal_entries rv WHERE rv.reverses_entry_id = e.id)';
/** SQL: the journal line aliased `jl` has not been settled by a bank line (through an entry still standing). */
export const ITEM_IS_OPEN = `NOT EXISTS (SELECT 1 FROM bank_cleared_items c WHERE c.journal_line_id = jl.id
  AND NOT EXISTS (SELECT 1 FROM journal_entries rc WHERE rc.reverses_entry_id = c.entry_id))`;


function daysApart(a: string, b: string): number {
  return Math.round(Math.abs(Date.parse(`${a}T00:00:00Z`) - Date.parse(`${b}T00:00:00Z`)) / 86_400_000);
}

const STOP_WORDS = new Set(['bank', 'kasse', 'zahlung', 'ueberweisung', 'lastschrift', 'gutschrift', 'sepa', 'euro', 'payment', 'transfer', 'from', 'with', 'fuer', 'und', 'der', 'die', 'das']);

function words(text: string): Set<string> {
  const plain = text.toLowerCase().replace(/ä/g, 'ae').replace(/ö/g, 'oe').replace(/ü/g, 'ue').replace(/ß/g, 'ss');
  return new Set((plain.match(/[a-z]{4,}/g) ?? []).filter((w) => !STOP_WORDS.has(w)));
}

/** Receipt numbers ("1-42"), and numbers of three or more digits, that a purpose may quote. */
function numbers(text: string, entryNumber: number): string[] {
  const found = text.match(/\b\d+(?:-\d+)+\b|\b\d{3,}\b/g) ?? [];
  return [...new Set([...found, ...(entryNumber >= 100 ? [String(entryNumber)] : [])])];
}

function textScore(line: LineRow, texts: { text: string; number: number }[]): { score: number; reasons: SuggestionReason[] } {
  const haystack = ` ${line.purpose} ${line.reference ?? ''} `;
  for (const t of texts) {
    const quoted = numbers(t.text, t.number).find((n) => new RegExp(`(^|[^\\d-])${n}($|[^\\d-])`).test(haystack));
    if (quoted) return { score: 20, reasons: [{ code: 'number', value: quoted }] };
  }
  const lineWords = words(`${line.counterparty} ${line.purpose}`);
  const common = [...new Set(texts.flatMap((t) => [...words(t.text)]))].filter((w) => lineWords.has(w));
  return common.length > 0 ? { score: 10, reasons: [{ code: 'words', value: common.slice(0, 3).join(', ') }] } : { score: 0, reasons: [] };
}

function dateScore(lineDay: string, day: string): { score: number; reason: SuggestionReason; days: number } {
  const days = daysApart(lineDay, day);
  return { score: Math.max(0, 30 - 3 * days), reason: days === 0 ? { code: 'sameDay' } : { code: 'days', days }, days };
}

interface ItemRow {
  journalLineId: number;
  entryId: number;
  entryNumber: number;
  bookedOn: string;
  text: string;
  accountId: number;
  accountNumber: string;
  accountName: string;
  role: string;
  amountCents: number;
}

/** Open items in the window: journal lines on the open-item accounts not settled yet. */
function openItems(ctx: Ctx, from: string, to: string): ItemRow[] {
  return ctx.db.prepare(
    `SELECT jl.id AS journalLineId, e.id AS entryId, e.number AS entryNumber, jl.booked_on AS bookedOn, e.text,
       a.id AS accountId, a.number AS accountNumber, a.name AS accountName, a.role, jl.amount_cents AS amountCents
     FROM journal_lines jl JOIN accounts a ON a.id = jl.account_id JOIN journal_entries e ON e.id = jl.entry_id
     WHERE a.role IN (${OPEN_ITEM_ROLES.map(() => '?').join(', ')}) AND jl.booked_on BETWEEN ? AND ?
       AND e.source_type <> 'bank.line' AND ${ENTRY_IS_LIVE} AND ${ITEM_IS_OPEN}
     ORDER BY jl.booked_on, jl.id`,
  ).all(...OPEN_ITEM_ROLES, from, to) as ItemRow[];
}

const toItem = ({ accountId: _a, role: _r, ...item }: ItemRow): SuggestionItem => item;

export function suggestions(ctx: Ctx, lineId: number): BankSuggestion[] {
  const line = lineRow(ctx, lineId);
  if (line.is_open === 0) return [];
  const bank = bankAccountRow(ctx, line.bank_account_id);
  const from = addDays(line.booked_on, -DAYS_BEFORE);
  const to = addDays(line.booked_on, DAYS_AFTER);
  const found: (BankSuggestion & { days: number })[] = [];

  const entries = ctx.db.prepare(
    `SELECT e.id, e.number, e.booked_on AS bookedOn, e.text, sum(jl.amount_cents) AS amount
     FROM journal_lines jl JOIN journal_entries e ON e.id = jl.entry_id
     WHERE jl.account_id = ? AND jl.booked_on BETWEEN ? AND ? AND ${ENTRY_IS_LIVE}
       AND NOT EXISTS (SELECT 1 FROM bank_lines b WHERE b.entry_id = e.id)
     GROUP BY e.id HAVING amount = ?`,
  ).all(bank.account_id, from, to, line.amount_cents) as { id: number; number: number; bookedOn: string; text: string }[];
  for (const e of entries) {
    const date = dateScore(line.booked_on, e.bookedOn);
    const text = textScore(line, [{ text: e.text, number: e.number }]);
    found.push({
      kind: 'entry', score: 50 + date.score + text.score, reasons: [{ code: 'amount' }, date.reason, ...text.reasons], days: date.days,
      bookedOn: e.bookedOn, label: e.text, entryNumber: e.number, items: [], target: { kind: 'entry', entryId: e.id },
    });
  }

  const items = openItems(ctx, from, to);
  for (const item of items.filter((i) => i.amountCents === line.amount_cents)) {
    const date = dateScore(line.booked_on, item.bookedOn);
    const text = textScore(line, [{ text: item.text, number: item.entryNumber }]);
    found.push({
      kind: 'items', score: 50 + date.score + text.score, reasons: [{ code: 'amount' }, date.reason, ...text.reasons], days: date.days,
      bookedOn: item.bookedOn, label: `${item.accountNumber} ${item.accountName}: ${item.text}`, entryNumber: item.entryNumber,
      items: [toItem(item)], target: { kind: 'items', journalLineIds: [item.journalLineId] },
    });
  }

  // One day's card payments (or cash deposits) settled together.
  const days = new Map<string, ItemRow[]>();
  for (const item of items.filter((i) => DAY_TOTAL_ROLES.has(i.role))) {
    const key = `${item.accountId}:${item.bookedOn}`;
    days.set(key, [...(days.get(key) ?? []), item]);
  }
  for (const group of days.values()) {
    if (group.length < 2 || group.reduce((a, i) => a + i.amountCents, 0) !== line.amount_cents) continue;
    const head = group[0]!;
    const date = dateScore(line.booked_on, head.bookedOn);
    const text = textScore(line, group.map((i) => ({ text: i.text, number: i.entryNumber })));
    found.push({
      kind: 'items', score: 50 + date.score + text.score,
      reasons: [{ code: 'amount' }, { code: 'dayTotal', count: group.length }, date.reason, ...text.reasons], days: date.days,
      bookedOn: head.bookedOn, label: `${head.accountNumber} ${head.accountName}`, entryNumber: null,
      items: group.map(toItem), target: { kind: 'items', journalLineIds: group.map((i) => i.journalLineId) },
    });
  }

  return found
    .sort((a, b) => b.score - a.score || a.days - b.days)
    .slice(0, MAX_SUGGESTIONS)
    .map(({ days: _days, ...s }) => s);
}
