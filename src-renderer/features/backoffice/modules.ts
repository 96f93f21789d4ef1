/** The back office's tabs: every planned module, in the order of PRODUCT.md. */
import { IconBook2, IconBuildingFactory2, IconChartBar, IconBulb, IconPackages, IconReceipt2, IconSettings, IconTags, IconTruckDelivery, IconUsers } from '@tabler/icons-react';

export const BACK_OFFICE_MODULES = [
  { key: 'catalogue', icon: IconTags, built: true },
  { key: 'stock', icon: IconPackages, built: true },
  { key: 'purchasing', icon: IconTruckDelivery, built: true },
  { key: 'production', icon: IconBuildingFactory2, built: true },
  { key: 'sales', icon: IconReceipt2, built: true },
  { key: 'bookkeeping', icon: IconBook2, built: true },
  { key: 'staff', icon: IconUsers, built: false },
  { key: 'improvement', icon: IconBulb, built: true },
  { key: 'reports', icon: IconChartBar, built: false },
  { key: 'settings', icon: IconSettings, built: true },
] as const;

export type ModuleKey = (typeof BACK_OFFICE_MODULES)[number]['key'];
