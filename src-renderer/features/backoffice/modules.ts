/**
 * The back office's tabs: every planned module, in the order of PRODUCT.md. A tab whose reads need
 * more than back-office access names the permissions of which one opens it; the main process
 * checks every command anyway, the list only keeps closed doors out of sight.
 */
import type { Permission } from '../../../src-shared/permissions';
import { IconBook2, IconBuildingFactory2, IconChartBar, IconBulb, IconPackages, IconReceipt2, IconSettings, IconTags, IconTruckDelivery, IconUsers } from '@tabler/icons-react';

export const BACK_OFFICE_MODULES = [
  { key: 'catalogue', icon: IconTags, built: true },
  { key: 'stock', icon: IconPackages, built: true },
  { key: 'purchasing', icon: IconTruckDelivery, built: true },
  { key: 'production', icon: IconBuildingFactory2, built: true },
  { key: 'sales', icon: IconReceipt2, built: true },
  { key: 'bookkeeping', icon: IconBook2, built: true, needs: ['bookkeeping.manage', 'reports.view'] },
  { key: 'staff', icon: IconUsers, built: true, needs: ['staff.manage', 'audit.view'] },
  { key: 'improvement', icon: IconBulb, built: true },
  { key: 'reports', icon: IconChartBar, built: false, needs: ['reports.view'] },
  { key: 'settings', icon: IconSettings, built: true },
] as const satisfies readonly { key: string; icon: unknown; built: boolean; needs?: readonly Permission[] }[];

export type ModuleKey = (typeof BACK_OFFICE_MODULES)[number]['key'];

/** The tabs a person with these permissions sees. */
export function visibleModules(has: (p: Permission) => boolean) {
  return BACK_OFFICE_MODULES.filter((m) => !('needs' in m) || m.needs.some(has));
}
