/** The back office's stock tab: on hand per location and the low-stock list (counts and documents to come). */
import { Stack, Tabs, Title } from '@mantine/core';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StockLocation } from '../../../src-shared/contract/stock';
import { call } from '../../lib/api';
import { useChanged } from '../../lib/useChanged';
import { can, useSessionStore } from '../auth/store';
import { CountsPanel } from './CountsPanel';
import { LocationsPanel } from './LocationsPanel';
import { LowStockTable } from './LowStockTable';
import { StockOverviewTable } from './StockOverviewTable';
import { ValuationPanel } from './ValuationPanel';

export function StockPage() {
  const { t } = useTranslation();
  const session = useSessionStore((s) => s.session);
  const [view, setView] = useState<'overview' | 'lowStock' | 'counts' | 'valuation' | 'locations'>('overview');
  const [locations, setLocations] = useState<StockLocation[]>([]);
  const load = useCallback(() => {
    void call('stock.locations.list', {}).then(setLocations);
  }, []);
  useEffect(load, [load]);
  useChanged(['stock'], load);

  return (
    <Stack>
      <Title order={2}>{t('modules.stock')}</Title>
      <Tabs value={view} onChange={(v) => v && setView(v as typeof view)} keepMounted={false}>
        <Tabs.List aria-label={t('modules.stock')}>
          <Tabs.Tab value="overview">{t('stock.tabs.overview')}</Tabs.Tab>
          <Tabs.Tab value="lowStock">{t('stock.tabs.lowStock')}</Tabs.Tab>
          <Tabs.Tab value="counts">{t('stock.tabs.counts')}</Tabs.Tab>
          {can(session, 'reports.view') && <Tabs.Tab value="valuation">{t('stock.tabs.valuation')}</Tabs.Tab>}
          <Tabs.Tab value="locations">{t('stock.tabs.locations')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="overview" pt="lg">{view === 'overview' && <StockOverviewTable locations={locations} canManage={can(session, 'stock.manage')} />}</Tabs.Panel>
        <Tabs.Panel value="lowStock" pt="lg">{view === 'lowStock' && <LowStockTable />}</Tabs.Panel>
        <Tabs.Panel value="counts" pt="lg">{view === 'counts' && <CountsPanel locations={locations} canManage={can(session, 'stock.manage')} />}</Tabs.Panel>
        <Tabs.Panel value="valuation" pt="lg">{view === 'valuation' && <ValuationPanel />}</Tabs.Panel>
        <Tabs.Panel value="locations" pt="lg">{view === 'locations' && <LocationsPanel locations={locations} canManage={can(session, 'stock.manage')} />}</Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
