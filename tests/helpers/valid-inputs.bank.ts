/** Valid sample inputs for the bank channels (see valid-inputs.ts). The demo shop has bank account 1 ("Bank", 1200). */
const csv = 'Buchungstag;Betrag;Beguenstigter/Zahlungspflichtiger;Verwendungszweck\n02.01.2026;-10,00;Muster GmbH;Rechnung 17\n';
const camt = `<?xml version="1.0" encoding="UTF-8"?>
<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.02"><BkToCstmrStmt><Stmt><Id>S1</Id>
<Acct><Id><IBAN>DE89370400440532013000</IBAN></Id><Ccy>EUR</Ccy></Acct>
<Ntry><Amt Ccy="EUR">12.50</Amt><CdtDbtInd>CRDT</CdtDbtInd><Sts>BOOK</Sts><BookgDt><Dt>2026-01-02</Dt></BookgDt></Ntry>
</Stmt></BkToCstmrStmt></Document>`;
const base64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');

const mapping = {
  delimiter: ';', skipLines: 0, dateColumn: 'Buchungstag', valueDateColumn: null, dateFormat: 'DD.MM.YYYY',
  amountColumn: 'Betrag', directionColumn: null, debitColumn: null, creditColumn: null, decimal: ',',
  counterpartyColumn: 'Beguenstigter/Zahlungspflichtiger', payerColumn: null, purposeColumn: 'Verwendungszweck', referenceColumn: null, ibanColumn: null,
};

export const VALID_BANK = {
  'bank.accounts.list': {},
  'bank.accounts.create': { name: 'Sparkasse', iban: 'DE89 3704 0044 0532 0130 00', accountId: 3 },
  'bank.mappings.list': {},
  'bank.csv.preview': { bankAccountId: 1, fileName: 'umsaetze.csv', base64: base64(csv), mapping },
  'bank.csv.import': { bankAccountId: 1, fileName: 'umsaetze.csv', base64: base64(csv), mapping, saveMappingAs: 'Sparkasse', skipInvalidRows: false },
  'bank.camt.import': { bankAccountId: 1, fileName: 'auszug.xml', base64: base64(camt) },
  'bank.lines': { bankAccountId: 1, status: 'open', from: '2026-01-01', to: '2026-01-31', search: 'Muster', offset: 0, limit: 50 },
  'bank.suggestions': { lineId: 1 },
  'bank.match': { lineId: 1, target: { kind: 'entry', entryId: 1 } },
  'bank.createEntry': { lineId: 1, accountId: 20, vatRateId: 1, text: 'Bürobedarf' },
  'bank.unmatch': { lineId: 1 },
  'bank.reconciliation': { bankAccountId: 1, date: '2026-01-31', statementBalanceCents: 800_000 },
} satisfies Record<string, Record<string, unknown>>;
