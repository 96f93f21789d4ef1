/** Valid sample inputs for the reports channels (see valid-inputs.ts). */
export const VALID_REPORTS = {
  'reports.trialBalance': { from: '2026-01-01', to: '2026-12-31' },
  'reports.generalLedger': { accountId: 1, from: '2026-01-01', to: '2026-12-31', offset: 0, limit: 50 },
  'reports.profitAndLoss': { from: '2026-01-01', to: '2026-12-31' },
  'reports.balanceSheet': { date: '2026-12-31' },
  'reports.vat': { from: '2026-01-01', to: '2026-03-31' },
} satisfies Record<string, Record<string, unknown>>;
