/**
 * The published field layout of DATEV-Format "Buchungsstapel", version 700, format version 9:
 * the 31 header fields ("Vorlaufsatz") and the 120 booking columns, in order. DATEV imports by
 * position, so the order is the contract; the names are written into line 2 exactly as DATEV
 * spells them (with the en dash of "Beleginfo – Art 1", a Windows-1252 character).
 *
 * Every column is either text (written in double quotes, `""` when empty) or a number (written
 * bare, nothing when empty), as in DATEV's own sample files.
 */

export const FORMAT_VERSION_NUMBER = 700;
export const DATA_CATEGORY_BOOKINGS = 21;
export const FORMAT_NAME = 'Buchungsstapel';
/** Formatversion 9 goes with the 120 columns below (12/13 add columns at the end). */
export const FORMAT_VERSION = 9;
export const HEADER_FIELD_COUNT = 31;

export type ColumnKind = 'text' | 'number';

export interface Column {
  name: string;
  kind: ColumnKind;
  /** Longest content DATEV accepts, for the text columns this export fills. */
  maxLength?: number;
}

const t = (name: string, maxLength?: number): Column => ({ name, kind: 'text', ...(maxLength ? { maxLength } : {}) });
const n = (name: string): Column => ({ name, kind: 'number' });
const pairs = (prefix: string, count: number): Column[] =>
  Array.from({ length: count }, (_, i) => [t(`${prefix} – Art ${i + 1}`), t(`${prefix} – Inhalt ${i + 1}`)]).flat();

export const BOOKING_COLUMNS: readonly Column[] = [
  n('Umsatz (ohne Soll/Haben-Kz)'),
  t('Soll/Haben-Kennzeichen', 1),
  t('WKZ Umsatz', 3),
  n('Kurs'),
  n('Basisumsatz'),
  t('WKZ Basisumsatz'),
  n('Konto'),
  n('Gegenkonto (ohne BU-Schlüssel)'),
  t('BU-Schlüssel', 4),
  n('Belegdatum'),
  t('Belegfeld 1', 36),
  t('Belegfeld 2', 12),
  n('Skonto'),
  t('Buchungstext', 60),
  n('Postensperre'),
  t('Diverse Adressnummer'),
  n('Geschäftspartnerbank'),
  n('Sachverhalt'),
  n('Zinssperre'),
  t('Beleglink'),
  ...pairs('Beleginfo', 8),
  t('KOST1 – Kostenstelle'),
  t('KOST2 – Kostenstelle'),
  n('Kost Menge'),
  t('EU-Land u. USt-IdNr.'),
  n('EU-Steuersatz'),
  t('Abw. Versteuerungsart'),
  n('Sachverhalt L+L'),
  n('Funktionsergänzung L+L'),
  n('BU 49 Hauptfunktionstyp'),
  n('BU 49 Hauptfunktionsnummer'),
  n('BU 49 Funktionsergänzung'),
  ...pairs('Zusatzinformation', 20),
  n('Stück'),
  n('Gewicht'),
  n('Zahlweise'),
  t('Forderungsart'),
  n('Veranlagungsjahr'),
  n('Zugeordnete Fälligkeit'),
  n('Skontotyp'),
  t('Auftragsnummer'),
  t('Buchungstyp'),
  n('USt-Schlüssel (Anzahlungen)'),
  t('EU-Mitgliedstaat (Anzahlungen)'),
  n('Sachverhalt L+L (Anzahlungen)'),
  n('EU-Steuersatz (Anzahlungen)'),
  n('Erlöskonto (Anzahlungen)'),
  t('Herkunft-Kz'),
  t('Leerfeld'),
  n('KOST-Datum'),
  t('SEPA-Mandatsreferenz'),
  n('Skontosperre'),
  t('Gesellschaftername'),
  n('Beteiligtennummer'),
  t('Identifikationsnummer'),
  t('Zeichnernummer'),
  n('Postensperre bis'),
  t('Bezeichnung'),
  n('Kennzeichen'),
  n('Festschreibung'),
  n('Leistungsdatum'),
  n('Datum Zuord.'),
  n('Fälligkeit'),
  t('Generalumkehr'),
  n('Steuersatz'),
  t('Land'),
];

/** Position (0-based) of a column by its DATEV name; throws on a typo so a wrong name never ships. */
export function columnIndex(name: string): number {
  const index = BOOKING_COLUMNS.findIndex((c) => c.name === name);
  if (index < 0) throw new Error(`no DATEV column "${name}"`);
  return index;
}

/** The columns this export fills. */
export const COL = {
  amount: columnIndex('Umsatz (ohne Soll/Haben-Kz)'),
  side: columnIndex('Soll/Haben-Kennzeichen'),
  account: columnIndex('Konto'),
  counterAccount: columnIndex('Gegenkonto (ohne BU-Schlüssel)'),
  buKey: columnIndex('BU-Schlüssel'),
  documentDate: columnIndex('Belegdatum'),
  document: columnIndex('Belegfeld 1'),
  text: columnIndex('Buchungstext'),
} as const;

/**
 * Header fields ("Vorlaufsatz") by position, 1-based as DATEV numbers them. Text fields are
 * quoted; the reserved ones are written as the sample files write them.
 */
export const HEADER_FIELDS: readonly { position: number; name: string; kind: ColumnKind; maxLength?: number }[] = [
  { position: 1, name: 'DATEV-Format-KZ', kind: 'text' },
  { position: 2, name: 'Versionsnummer', kind: 'number' },
  { position: 3, name: 'Datenkategorie', kind: 'number' },
  { position: 4, name: 'Formatname', kind: 'text' },
  { position: 5, name: 'Formatversion', kind: 'number' },
  { position: 6, name: 'Erzeugt am', kind: 'number' },
  { position: 7, name: 'Importiert', kind: 'number' },
  { position: 8, name: 'Herkunft', kind: 'text', maxLength: 2 },
  { position: 9, name: 'Exportiert von', kind: 'text', maxLength: 25 },
  { position: 10, name: 'Importiert von', kind: 'text', maxLength: 25 },
  { position: 11, name: 'Berater', kind: 'number' },
  { position: 12, name: 'Mandant', kind: 'number' },
  { position: 13, name: 'WJ-Beginn', kind: 'number' },
  { position: 14, name: 'Sachkontenlänge', kind: 'number' },
  { position: 15, name: 'Datum vom', kind: 'number' },
  { position: 16, name: 'Datum bis', kind: 'number' },
  { position: 17, name: 'Bezeichnung', kind: 'text', maxLength: 30 },
  { position: 18, name: 'Diktatkürzel', kind: 'text', maxLength: 2 },
  { position: 19, name: 'Buchungstyp', kind: 'number' },
  { position: 20, name: 'Rechnungslegungszweck', kind: 'number' },
  { position: 21, name: 'Festschreibung', kind: 'number' },
  { position: 22, name: 'WKZ', kind: 'text', maxLength: 3 },
  { position: 23, name: 'reserviert', kind: 'text' },
  { position: 24, name: 'Derivatskennzeichen', kind: 'text' },
  { position: 25, name: 'reserviert', kind: 'text' },
  { position: 26, name: 'reserviert', kind: 'text' },
  { position: 27, name: 'SKR', kind: 'text', maxLength: 2 },
  { position: 28, name: 'Branchenlösungs-Id', kind: 'number' },
  { position: 29, name: 'reserviert', kind: 'number' },
  { position: 30, name: 'reserviert', kind: 'text' },
  { position: 31, name: 'Anwendungsinformation', kind: 'text' },
];
