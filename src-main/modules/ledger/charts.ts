/**
 * The preset charts of accounts. SKR03 is the default for German shops, SKR04 its alternative,
 * and a small generic chart serves other countries. Roles name what the system posts where
 * ('cash', 'revenue1900', 'inputVat700' …), so every module works with every chart.
 */
import type Database from 'better-sqlite3';
import type { AccountType, ChartKey } from '../../../src-shared/contract/ledger';

/** number, name, type, role (or null), VAT rate in basis points the account usually carries (or null). */
type Row = [string, string, AccountType, string | null, number | null];

export interface ChartPreset {
  /** Account classes by first digit: the tree's top level. */
  classes: Record<string, string>;
  accounts: Row[];
}

const SKR03: ChartPreset = {
  classes: {
    0: 'Anlage- und Kapitalkonten', 1: 'Finanz- und Privatkonten', 2: 'Abgrenzungskonten', 3: 'Wareneingangs- und Bestandskonten',
    4: 'Betriebliche Aufwendungen', 5: 'Frei', 6: 'Frei', 7: 'Bestände an Erzeugnissen', 8: 'Erlöskonten', 9: 'Vortrags- und statistische Konten',
  },
  accounts: [
    ['0420', 'Technische Anlagen und Maschinen', 'asset', null, null],
    ['0480', 'Geringwertige Wirtschaftsgüter', 'asset', null, null],
    ['0650', 'Büroeinrichtung', 'asset', null, null],
    ['0860', 'Gewinnvortrag vor Verwendung', 'equity', 'retainedEarnings', null],
    ['0880', 'Variables Kapital', 'equity', 'capital', null],
    ['1000', 'Kasse', 'asset', 'cash', null],
    ['1200', 'Bank', 'asset', 'bank', null],
    ['1360', 'Geldtransit', 'asset', 'transit', null],
    ['1361', 'Kartenzahlungen (EC/Kreditkarte)', 'asset', 'cardClearing', null],
    ['1400', 'Forderungen aus Lieferungen und Leistungen', 'asset', 'receivables', null],
    ['1570', 'Abziehbare Vorsteuer', 'asset', 'inputVatOther', null],
    ['1571', 'Abziehbare Vorsteuer 7 %', 'asset', 'inputVat700', 700],
    ['1576', 'Abziehbare Vorsteuer 19 %', 'asset', 'inputVat1900', 1900],
    ['1600', 'Verbindlichkeiten aus Lieferungen und Leistungen', 'liability', 'payables', null],
    ['1710', 'Erhaltene Anzahlungen auf Bestellungen', 'liability', 'customerDeposits', null],
    ['1718', 'Verbindlichkeiten aus Gutscheinen', 'liability', 'voucherLiability', null],
    ['1770', 'Umsatzsteuer', 'liability', 'vatOther', null],
    ['1771', 'Umsatzsteuer 7 %', 'liability', 'vat700', 700],
    ['1776', 'Umsatzsteuer 19 %', 'liability', 'vat1900', 1900],
    ['1780', 'Umsatzsteuer-Vorauszahlungen', 'liability', 'vatPrepayment', null],
    ['1800', 'Privatentnahmen', 'equity', 'ownerWithdrawal', null],
    ['1890', 'Privateinlagen', 'equity', 'ownerDeposit', null],
    ['2100', 'Zinsen und ähnliche Aufwendungen', 'expense', null, null],
    ['2650', 'Sonstige Zinsen und ähnliche Erträge', 'income', null, null],
    ['3200', 'Wareneingang', 'expense', 'purchasesOther', null],
    ['3300', 'Wareneingang 7 % Vorsteuer', 'expense', 'purchases700', 700],
    ['3400', 'Wareneingang 19 % Vorsteuer', 'expense', 'purchases1900', 1900],
    ['3980', 'Bestand Waren', 'asset', 'inventory', null],
    ['4120', 'Gehälter', 'expense', 'wages', null],
    ['4130', 'Gesetzliche soziale Aufwendungen', 'expense', null, null],
    ['4210', 'Miete', 'expense', null, null],
    ['4240', 'Gas, Strom, Wasser', 'expense', null, 1900],
    ['4360', 'Versicherungen', 'expense', null, null],
    ['4530', 'Laufende Kfz-Betriebskosten', 'expense', null, 1900],
    ['4600', 'Werbekosten', 'expense', null, 1900],
    ['4650', 'Bewirtungskosten', 'expense', null, 1900],
    ['4805', 'Reparaturen und Instandhaltung', 'expense', null, 1900],
    ['4830', 'Abschreibungen auf Sachanlagen', 'expense', null, null],
    ['4900', 'Kassendifferenzen', 'expense', 'cashDifference', null],
    ['4910', 'Porto', 'expense', null, null],
    ['4920', 'Telefon', 'expense', null, 1900],
    ['4930', 'Bürobedarf', 'expense', null, 1900],
    ['4940', 'Zeitschriften, Bücher', 'expense', null, 700],
    ['4950', 'Rechts- und Beratungskosten', 'expense', null, 1900],
    ['4955', 'Buchführungskosten', 'expense', null, 1900],
    ['4970', 'Nebenkosten des Geldverkehrs', 'expense', 'bankCharges', null],
    ['4980', 'Sonstiger Betriebsbedarf', 'expense', 'pettyExpense', null],
    ['8000', 'Erlöse', 'income', 'revenueOther', null],
    ['8120', 'Steuerfreie Umsätze', 'income', 'revenue0', 0],
    ['8300', 'Erlöse 7 % USt', 'income', 'revenue700', 700],
    ['8400', 'Erlöse 19 % USt', 'income', 'revenue1900', 1900],
    ['9000', 'Saldenvorträge Sachkonten', 'equity', 'openingBalance', null],
  ],
};

const SKR04: ChartPreset = {
  classes: {
    0: 'Anlagevermögen', 1: 'Umlaufvermögen', 2: 'Eigenkapital', 3: 'Fremdkapital', 4: 'Betriebliche Erträge',
    5: 'Betriebliche Aufwendungen (Material, Waren)', 6: 'Betriebliche Aufwendungen', 7: 'Weitere Erträge und Aufwendungen', 8: 'Frei', 9: 'Vortrags- und statistische Konten',
  },
  accounts: [
    ['0440', 'Maschinen', 'asset', null, null],
    ['0640', 'Ladeneinrichtung', 'asset', null, null],
    ['0650', 'Büroeinrichtung', 'asset', null, null],
    ['0670', 'Geringwertige Wirtschaftsgüter', 'asset', null, null],
    ['1140', 'Bestand Waren', 'asset', 'inventory', null],
    ['1200', 'Forderungen aus Lieferungen und Leistungen', 'asset', 'receivables', null],
    ['1400', 'Abziehbare Vorsteuer', 'asset', 'inputVatOther', null],
    ['1401', 'Abziehbare Vorsteuer 7 %', 'asset', 'inputVat700', 700],
    ['1406', 'Abziehbare Vorsteuer 19 %', 'asset', 'inputVat1900', 1900],
    ['1460', 'Geldtransit', 'asset', 'transit', null],
    ['1465', 'Kartenzahlungen (EC/Kreditkarte)', 'asset', 'cardClearing', null],
    ['1600', 'Kasse', 'asset', 'cash', null],
    ['1800', 'Bank', 'asset', 'bank', null],
    ['2010', 'Variables Kapital', 'equity', 'capital', null],
    ['2100', 'Privatentnahmen', 'equity', 'ownerWithdrawal', null],
    ['2180', 'Privateinlagen', 'equity', 'ownerDeposit', null],
    ['2970', 'Gewinnvortrag vor Verwendung', 'equity', 'retainedEarnings', null],
    ['3250', 'Erhaltene Anzahlungen auf Bestellungen', 'liability', 'customerDeposits', null],
    ['3272', 'Verbindlichkeiten aus Gutscheinen', 'liability', 'voucherLiability', null],
    ['3300', 'Verbindlichkeiten aus Lieferungen und Leistungen', 'liability', 'payables', null],
    ['3800', 'Umsatzsteuer', 'liability', 'vatOther', null],
    ['3801', 'Umsatzsteuer 7 %', 'liability', 'vat700', 700],
    ['3806', 'Umsatzsteuer 19 %', 'liability', 'vat1900', 1900],
    ['3820', 'Umsatzsteuer-Vorauszahlungen', 'liability', 'vatPrepayment', null],
    ['4100', 'Steuerfreie Umsätze', 'income', 'revenue0', 0],
    ['4200', 'Erlöse', 'income', 'revenueOther', null],
    ['4300', 'Erlöse 7 % USt', 'income', 'revenue700', 700],
    ['4400', 'Erlöse 19 % USt', 'income', 'revenue1900', 1900],
    ['5200', 'Wareneingang', 'expense', 'purchasesOther', null],
    ['5300', 'Wareneingang 7 % Vorsteuer', 'expense', 'purchases700', 700],
    ['5400', 'Wareneingang 19 % Vorsteuer', 'expense', 'purchases1900', 1900],
    ['6020', 'Gehälter', 'expense', 'wages', null],
    ['6110', 'Gesetzliche soziale Aufwendungen', 'expense', null, null],
    ['6220', 'Abschreibungen auf Sachanlagen', 'expense', null, null],
    ['6310', 'Miete', 'expense', null, null],
    ['6325', 'Gas, Strom, Wasser', 'expense', null, 1900],
    ['6400', 'Versicherungen', 'expense', null, null],
    ['6470', 'Reparaturen und Instandhaltung', 'expense', null, 1900],
    ['6530', 'Laufende Kfz-Betriebskosten', 'expense', null, 1900],
    ['6600', 'Werbekosten', 'expense', null, 1900],
    ['6640', 'Bewirtungskosten', 'expense', null, 1900],
    ['6800', 'Porto', 'expense', null, null],
    ['6805', 'Telefon', 'expense', null, 1900],
    ['6815', 'Bürobedarf', 'expense', null, 1900],
    ['6820', 'Zeitschriften, Bücher', 'expense', null, 700],
    ['6825', 'Rechts- und Beratungskosten', 'expense', null, 1900],
    ['6830', 'Buchführungskosten', 'expense', null, 1900],
    ['6850', 'Sonstiger Betriebsbedarf', 'expense', 'pettyExpense', null],
    ['6855', 'Nebenkosten des Geldverkehrs', 'expense', 'bankCharges', null],
    ['6969', 'Kassendifferenzen', 'expense', 'cashDifference', null],
    ['7100', 'Sonstige Zinsen und ähnliche Erträge', 'income', null, null],
    ['7300', 'Zinsen und ähnliche Aufwendungen', 'expense', null, null],
    ['9000', 'Saldenvorträge Sachkonten', 'equity', 'openingBalance', null],
  ],
};

const GENERIC: ChartPreset = {
  classes: { 1: 'Assets', 2: 'Liabilities', 3: 'Equity', 4: 'Income', 5: 'Cost of goods', 6: 'Expenses', 7: 'Other income and expenses', 8: 'Other', 9: 'Other' },
  accounts: [
    ['1000', 'Cash', 'asset', 'cash', null],
    ['1100', 'Bank', 'asset', 'bank', null],
    ['1150', 'Cash in transit', 'asset', 'transit', null],
    ['1160', 'Card payments clearing', 'asset', 'cardClearing', null],
    ['1200', 'Accounts receivable', 'asset', 'receivables', null],
    ['1300', 'Inventory', 'asset', 'inventory', null],
    ['1400', 'Input VAT', 'asset', 'inputVatOther', null],
    ['2000', 'Accounts payable', 'liability', 'payables', null],
    ['2100', 'Output VAT', 'liability', 'vatOther', null],
    ['2200', 'Gift vouchers outstanding', 'liability', 'voucherLiability', null],
    ['2250', 'Customer deposits received', 'liability', 'customerDeposits', null],
    ['2300', 'VAT prepayments', 'liability', 'vatPrepayment', null],
    ['3000', "Owner's capital", 'equity', 'capital', null],
    ['3100', 'Owner drawings', 'equity', 'ownerWithdrawal', null],
    ['3200', 'Owner contributions', 'equity', 'ownerDeposit', null],
    ['3800', 'Retained earnings', 'equity', 'retainedEarnings', null],
    ['3900', 'Opening balances', 'equity', 'openingBalance', null],
    ['4000', 'Sales', 'income', 'revenueOther', null],
    ['4100', 'Tax-exempt sales', 'income', 'revenue0', 0],
    ['5000', 'Purchases', 'expense', 'purchasesOther', null],
    ['6000', 'Wages', 'expense', 'wages', null],
    ['6100', 'Rent', 'expense', null, null],
    ['6200', 'Utilities', 'expense', null, null],
    ['6300', 'Insurance', 'expense', null, null],
    ['6400', 'Advertising', 'expense', null, null],
    ['6500', 'Office supplies', 'expense', null, null],
    ['6600', 'Telephone and internet', 'expense', null, null],
    ['6700', 'Bank charges', 'expense', 'bankCharges', null],
    ['6800', 'Repairs', 'expense', null, null],
    ['6900', 'Other expenses', 'expense', 'pettyExpense', null],
    ['6950', 'Cash differences', 'expense', 'cashDifference', null],
  ],
};

export const CHART_PRESETS: Record<ChartKey, ChartPreset> = { skr03: SKR03, skr04: SKR04, generic: GENERIC };

/** The chart a new shop starts with: SKR03 in Germany, the generic chart elsewhere. */
export function chartForCountry(preset: string): ChartKey {
  return preset === 'DE' ? 'skr03' : 'generic';
}

function rateIdByBp(db: Database.Database, bp: number | null): number | null {
  if (bp === null) return null;
  return (db.prepare('SELECT id FROM vat_rates WHERE rate_bp = ? AND retired_at IS NULL ORDER BY id').pluck().get(bp) as number | undefined) ?? null;
}

/**
 * Adds the preset's accounts that are missing (by number), keeping the owner's names; links VAT
 * rates where a rate exists and no link is set. Safe to run again.
 */
export function completeChart(db: Database.Database, key: ChartKey): void {
  const insert = db.prepare('INSERT OR IGNORE INTO accounts (number, name, type, role) VALUES (?, ?, ?, ?)');
  const link = db.prepare('UPDATE accounts SET vat_rate_id = ? WHERE number = ? AND vat_rate_id IS NULL');
  for (const [number, name, type, role, bp] of CHART_PRESETS[key].accounts) {
    const roleTaken = role !== null && db.prepare('SELECT 1 FROM accounts WHERE role = ? AND number <> ?').get(role, number) !== undefined;
    insert.run(number, name, type, roleTaken ? null : role);
    const rateId = rateIdByBp(db, bp);
    if (rateId !== null) link.run(rateId, number);
  }
}

/**
 * Replaces the chart while the journal is empty. Accounts that carry a role keep their id (other
 * tables may point at them) and take the new number and name; the rest are replaced.
 */
export function replaceChart(db: Database.Database, key: ChartKey): void {
  const preset = CHART_PRESETS[key];
  const roles = new Set(preset.accounts.map((a) => a[3]).filter((r) => r !== null));
  db.prepare("UPDATE accounts SET number = 'old-' || id, vat_rate_id = NULL").run();
  // Old-only roles go; everything that nothing else refers to goes.
  for (const row of db.prepare('SELECT id, role FROM accounts').all() as { id: number; role: string | null }[]) {
    if (row.role !== null && roles.has(row.role)) continue;
    db.prepare('UPDATE accounts SET role = NULL WHERE id = ?').run(row.id);
  }
  const update = db.prepare('UPDATE accounts SET number = ?, name = ?, type = ?, retired_at = NULL WHERE role = ?');
  for (const [number, name, type, role] of preset.accounts) {
    if (role !== null) update.run(number, name, type, role);
  }
  const unreferenced = db.prepare(`DELETE FROM accounts WHERE number LIKE 'old-%'
    AND id NOT IN (SELECT account_id FROM journal_lines)`);
  try {
    unreferenced.run();
  } catch {
    // Another table points at one of them (e.g. a bank account): keep it, retired.
  }
  db.prepare("UPDATE accounts SET retired_at = coalesce(retired_at, '1970-01-01T00:00:00.000Z') WHERE number LIKE 'old-%'").run();
  completeChart(db, key);
}
