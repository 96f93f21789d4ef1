/** All module contracts merged into one; the types every side derives from it. */
import type { z } from 'zod';
import { auditContract } from './audit';
import { backupContract } from './backup';
import { bankContract } from './bank';
import { catalogueContract } from './catalogue';
import { authContract } from './auth';
import { customersContract } from './customers';
import { datevContract } from './datev';
import { deliveriesContract } from './deliveries';
import { feedbackContract } from './feedback';
import type { ChannelDef } from './define';
import { ledgerContract } from './ledger';
import { productionContract } from './production';
import { purchasingContract } from './purchasing';
import { reportsContract } from './reports';
import { salesdocsContract } from './salesdocs';
import { receptionContract } from './reception';
import { settingsContract } from './settings';
import { sellContract } from './sell';
import { setupContract } from './setup';
import { shiftContract } from './shift';
import { stockContract } from './stock';
import { staffContract } from './staff';

export const contract = {
  ...setupContract,
  ...authContract,
  ...settingsContract,
  ...auditContract,
  ...catalogueContract,
  ...sellContract,
  ...shiftContract,
  ...backupContract,
  ...ledgerContract,
  ...bankContract,
  ...reportsContract,
  ...datevContract,
  ...stockContract,
  ...purchasingContract,
  ...productionContract,
  ...deliveriesContract,
  ...feedbackContract,
  ...customersContract,
  ...salesdocsContract,
  ...receptionContract,
  ...staffContract,
} satisfies Record<string, ChannelDef>;

export type Contract = typeof contract;
export type Channel = keyof Contract;
/** The input a caller sends (before defaults are applied). */
export type Input<C extends Channel> = z.input<Contract[C]['input']>;
/** The input a handler receives (after parsing: trimmed, defaults applied). */
export type ParsedInput<C extends Channel> = z.output<Contract[C]['input']>;
export type Output<C extends Channel> = Contract[C] extends ChannelDef<z.ZodType, infer O> ? O : never;

export function isChannel(name: string): name is Channel {
  return Object.prototype.hasOwnProperty.call(contract, name);
}

export type { Access, ChannelDef, Topic } from './define';
export { TOPICS } from './define';
