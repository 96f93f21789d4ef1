/**
 * What the staff screens share: role and permission names in the current language, the matrix's
 * permission groups, weekly hours as people type them ("38,5" ↔ 2310 minutes), audit action labels.
 */
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { PERMISSIONS, ROLE_KEYS, type Permission } from '../../../src-shared/permissions';
import { formatDay } from '../deliveries/format';
import { useFormat } from '../../lib/format';

/** The matrix's rows: what happens at the counter, the back-office areas, running the shop. */
export const PERMISSION_GROUPS: readonly { key: 'counter' | 'backoffice' | 'administration'; permissions: readonly Permission[] }[] = [
  { key: 'counter', permissions: ['counter.sell', 'counter.discount', 'counter.priceOverride', 'counter.refund', 'counter.void', 'shift.manage'] },
  {
    key: 'backoffice',
    permissions: ['backoffice.access', 'catalogue.manage', 'stock.manage', 'purchasing.manage', 'production.manage', 'sales.manage', 'bookkeeping.manage', 'reports.view', 'feedback.manage'],
  },
  { key: 'administration', permissions: ['staff.manage', 'settings.manage', 'audit.view'] },
];
// Every permission shows up exactly once (a new one in permissions.ts must be placed here).
if (PERMISSION_GROUPS.flatMap((g) => g.permissions).sort().join() !== [...PERMISSIONS].sort().join()) {
  throw new Error('PERMISSION_GROUPS does not list every permission once');
}

/** Permissions the owner role always keeps (the core refuses to take them away). */
export const OWNER_LOCKED: readonly Permission[] = ['staff.manage', 'backoffice.access'];

const isPreset = (key: string): boolean => (ROLE_KEYS as readonly string[]).includes(key);

/** A preset role's translated name, or the owner's name for a custom one. */
export function roleName(t: TFunction, role: { key: string; name: string | null }): string {
  return isPreset(role.key) ? t(`staff.roleNames.${role.key}`) : (role.name ?? role.key);
}

export const permissionName = (t: TFunction, p: Permission): string => t(`staff.permissionNames.${p}`);
export const permissionHint = (t: TFunction, p: Permission): string => t(`staff.permissionHints.${p}`);

/** Typed weekly hours → minutes: "38,5" or "38.5" → 2310, "7,75" → 465; null when not an amount of hours up to 80. */
export function parseHours(text: string): number | null {
  const match = /^(\d{1,2})(?:[.,](\d{1,2}))?$/.exec(text.trim());
  if (!match) return null;
  const minutes = Number(match[1]) * 60 + Math.round((Number((match[2] ?? '').padEnd(2, '0')) * 60) / 100);
  return minutes <= 80 * 60 ? minutes : null;
}

/** Minutes as hours for an input: 2310 → "38,5" (at most two decimals, no grouping). */
export function hoursInput(minutes: number, decimal: ',' | '.'): string {
  const whole = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (rest === 0) return String(whole);
  const hundredths = String(Math.round((rest * 100) / 60)).padStart(2, '0').replace(/0$/, '');
  return `${whole}${decimal}${hundredths}`;
}

/** Audit actions contain dots ('auth.signIn.failed'), which i18next reads as nesting: the keys use '_'. */
export function auditActionLabel(t: TFunction, action: string): string {
  const key = `staff.audit.actions.${action.replace(/\./g, '_')}`;
  const label = t(key);
  if (label !== key) return label;
  const [prefix, ...rest] = action.split('.');
  return `${auditGroupLabel(t, prefix ?? action)}: ${rest.join('.')}`;
}

/** The module an action belongs to ('counter' → "Kasse"); unknown prefixes show as they are. */
export function auditGroupLabel(t: TFunction, prefix: string): string {
  const key = `staff.audit.groups.${prefix}`;
  const label = t(key);
  return label === key ? prefix : label;
}

/** Dates, times and hours on the staff screens in the current language. */
export function useStaffFormat() {
  const { i18n, t } = useTranslation();
  const format = useFormat();
  const decimal = i18n.language === 'en' ? '.' : ',';
  return {
    ...format,
    decimal: decimal as ',' | '.',
    day: (day: string) => formatDay(day, format.locale),
    hours: (minutes: number) => t('staff.hours', { hours: hoursInput(minutes, decimal) }),
  };
}
