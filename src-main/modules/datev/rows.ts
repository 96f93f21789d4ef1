/**
 * From journal entries to DATEV booking rows. A journal entry has any number of lines (debit
 * positive, credit negative); a DATEV row is one positive amount between two accounts: "Konto"
 * with the Soll/Haben-Kennzeichen (S: Konto is debited, H: Konto is credited) and "Gegenkonto"
 * on the other side.
 *
 * The rule: lines are first summed per account. The side with fewer lines leads (the debit side
 * on a tie); its accounts go into "Konto", the other side's into "Gegenkonto". Both sides are
 * sorted by amount (largest first, then account number) and paired greedily: each row takes the
 * smaller of the two open amounts and moves on from whichever line is used up. So a sale (cash
 * debit against revenue and VAT credits) becomes one row per credit line with the cash account as
 * Konto, a quick expense one row per debit line against the cash or bank account, and an n:m
 * entry at most n + m − 1 rows. Every account moves in the rows exactly as in the journal.
 *
 * VAT: Kontor posts VAT explicitly on its own lines, so VAT lines become their own rows and no row
 * asks DATEV to compute VAT (no tax key). Revenue and goods-purchase accounts with a fixed rate
 * are "Automatikkonten" in DATEV's SKR03/SKR04, on which DATEV would compute the VAT again from
 * the amount; rows touching them therefore carry BU-Schlüssel 40, "Aufhebung der Automatik",
 * which tells DATEV to take the amount as it is.
 */

export interface ExportLine {
  accountNumber: string;
  /** Debit positive, credit negative. */
  amountCents: number;
  /** DATEV would compute VAT on this account by itself (see above). */
  automaticVat: boolean;
}

export interface BookingRow {
  amountCents: number;
  side: 'S' | 'H';
  account: string;
  counterAccount: string;
  /** '' (no key) or '40' (Aufhebung der Automatik). */
  buKey: '' | '40';
}

/** BU-Schlüssel 40: DATEV takes the amount as given instead of splitting VAT off an Automatikkonto. */
export const BU_NO_AUTOMATIC_VAT = '40';

interface Open {
  account: string;
  automaticVat: boolean;
  left: number;
}

function sideOf(lines: Open[]): Open[] {
  return lines.sort((a, b) => b.left - a.left || a.account.localeCompare(b.account));
}

/** One journal entry's rows (see the rule above). Answers no rows for an entry whose lines cancel out. */
export function splitEntry(lines: readonly ExportLine[]): BookingRow[] {
  const byAccount = new Map<string, Open & { amount: number }>();
  for (const line of lines) {
    const open = byAccount.get(line.accountNumber) ?? { account: line.accountNumber, automaticVat: line.automaticVat, left: 0, amount: 0 };
    open.amount += line.amountCents;
    byAccount.set(line.accountNumber, open);
  }
  const merged = [...byAccount.values()].filter((l) => l.amount !== 0);
  const debits = sideOf(merged.filter((l) => l.amount > 0).map((l) => ({ ...l, left: l.amount })));
  const credits = sideOf(merged.filter((l) => l.amount < 0).map((l) => ({ ...l, left: -l.amount })));
  const debitLeads = debits.length <= credits.length;
  const [lead, other] = debitLeads ? [debits, credits] : [credits, debits];

  const rows: BookingRow[] = [];
  let i = 0;
  let j = 0;
  while (i < lead.length && j < other.length) {
    const a = lead[i]!;
    const b = other[j]!;
    const amount = Math.min(a.left, b.left);
    rows.push({
      amountCents: amount,
      side: debitLeads ? 'S' : 'H',
      account: a.account,
      counterAccount: b.account,
      buKey: a.automaticVat || b.automaticVat ? BU_NO_AUTOMATIC_VAT : '',
    });
    a.left -= amount;
    b.left -= amount;
    if (a.left === 0) i += 1;
    if (b.left === 0) j += 1;
  }
  // A balanced entry uses both sides up together; anything left means the journal is broken.
  if (i < lead.length || j < other.length) throw new Error('a journal entry that does not balance cannot be exported');
  return rows;
}
