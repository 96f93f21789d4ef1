/** The bank channels: thin wrappers over the services (each runs in the registry's one transaction). */
import type { Handlers } from '../../core/registry';
import { bankAccountRow, createBankAccount, listBankAccounts, listMappings } from './accounts';
import { camtImport, csvImport, csvPreview } from './import';
import { listLines } from './lines';
import { createEntry, match, unmatch } from './matching';
import { reconciliation } from './reconciliation';
import { suggestions } from './suggestions';

export const bankHandlers = {
  'bank.accounts.list': (_input, ctx) => listBankAccounts(ctx),
  'bank.accounts.create': (input, ctx) => createBankAccount(ctx, input),
  'bank.mappings.list': (_input, ctx) => listMappings(ctx),
  'bank.csv.preview': (input, ctx) => csvPreview(ctx, input),
  'bank.csv.import': (input, ctx) => csvImport(ctx, input),
  'bank.camt.import': (input, ctx) => camtImport(ctx, input),
  'bank.lines': (input, ctx) => {
    bankAccountRow(ctx, input.bankAccountId);
    return listLines(ctx, input);
  },
  'bank.suggestions': (input, ctx) => suggestions(ctx, input.lineId),
  'bank.match': (input, ctx) => match(ctx, input.lineId, input.target),
  'bank.createEntry': (input, ctx) => createEntry(ctx, input),
  'bank.unmatch': (input, ctx) => unmatch(ctx, input.lineId),
  'bank.reconciliation': (input, ctx) => reconciliation(ctx, input.bankAccountId, input.date, input.statementBalanceCents),
} satisfies Partial<Handlers>;
