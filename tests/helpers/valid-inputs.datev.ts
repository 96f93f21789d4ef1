/** Valid sample inputs for the datev channels (see valid-inputs.ts). */
export const VALID_DATEV = {
  'datev.settings.get': {},
  'datev.settings.update': { consultantNumber: 1001, clientNumber: 456, accountLength: 4, fiscalYearStartMonth: 1, dictationCode: 'KO' },
  'datev.export': { from: '2026-01-01', to: '2026-01-31' },
} satisfies Record<string, Record<string, unknown>>;
