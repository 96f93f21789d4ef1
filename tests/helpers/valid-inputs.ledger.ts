/** Valid sample inputs for the ledger channels (see valid-inputs.ts); ids refer to the demo shop (SKR03). */
const PNG_1PX = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=';

export const VALID_LEDGER = {
  'ledger.accounts': {},
  'ledger.accountOptions': {},
  'ledger.account.create': { number: '4999', name: 'Kleinkram', type: 'expense', vatRateId: 1 },
  'ledger.account.update': { id: 1, name: 'Kasse Laden', vatRateId: null },
  'ledger.account.retire': { id: 3 },
  'ledger.account.reactivate': { id: 3 },
  'ledger.chart.switch': { chart: 'skr04' },
  'ledger.journal': { from: '2026-01-01', to: '2026-12-31', accountId: null, search: '', offset: 0, limit: 50 },
  'ledger.entry': { id: 1 },
  'ledger.postManual': { bookedOn: '2026-01-15', text: 'Umbuchung', lines: [{ accountId: 1, amountCents: 1000, vatRateId: null }, { accountId: 2, amountCents: -1000, vatRateId: null }], attachment: null },
  'ledger.recordExpense': {
    bookedOn: '2026-01-15', text: 'Druckerpapier', grossCents: 1190, vatRateId: 1, expenseAccountId: 1, paidFrom: 'cash',
    attachment: { fileName: 'beleg.png', mimeType: 'image/png', base64: PNG_1PX },
  },
  'ledger.reverse': { id: 1, reason: 'Fehlbuchung', bookedOn: null },
  'ledger.attach': { entryId: 1, attachment: { fileName: 'beleg.png', mimeType: 'image/png', base64: PNG_1PX } },
  'ledger.receipt': { entryId: 1 },
  'ledger.attachment': { id: 1 },
  'ledger.cashBook': { from: '2026-01-01', to: '2026-01-31' },
  'ledger.periods': {},
  'ledger.lock': { lockDate: '2026-01-10' },
  'ledger.closeYear': { year: 2025 },
} satisfies Record<string, Record<string, unknown>>;
