/** The back office's improvement tab: the board of everything recorded at the counter, and the charts. */
import { Stack, Tabs, Text, Title } from '@mantine/core';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FeedbackOwner } from '../../../src-shared/contract/feedback';
import { call } from '../../lib/api';
import { useChanged } from '../../lib/useChanged';
import { can, useSessionStore } from '../auth/store';
import { BoardPanel } from './BoardPanel';
import { ChartsPanel } from './ChartsPanel';
import { ItemDrawer } from './ItemDrawer';

export function ImprovementPage() {
  const { t } = useTranslation();
  const session = useSessionStore((s) => s.session);
  const [view, setView] = useState<'board' | 'charts'>('board');
  const [openItem, setOpenItem] = useState<number | null>(null);
  const [owners, setOwners] = useState<FeedbackOwner[]>([]);
  const loadOwners = useCallback(() => { call('feedback.owners', {}).then(setOwners, () => setOwners([])); }, []);
  useEffect(loadOwners, [loadOwners]);
  useChanged(['staff'], loadOwners);

  return (
    <Stack>
      <div>
        <Title order={2}>{t('modules.improvement')}</Title>
        <Text c="dimmed">{t('planned.improvement')}</Text>
      </div>
      <Tabs value={view} onChange={(v) => v && setView(v as typeof view)} keepMounted={false}>
        <Tabs.List aria-label={t('modules.improvement')}>
          <Tabs.Tab value="board">{t('feedback.tabs.board')}</Tabs.Tab>
          <Tabs.Tab value="charts">{t('feedback.tabs.charts')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="board" pt="lg">{view === 'board' && <BoardPanel onOpen={setOpenItem} />}</Tabs.Panel>
        <Tabs.Panel value="charts" pt="lg">{view === 'charts' && <ChartsPanel />}</Tabs.Panel>
      </Tabs>
      <ItemDrawer itemId={openItem} canManage={can(session, 'feedback.manage')} owners={owners} onClose={() => setOpenItem(null)} />
    </Stack>
  );
}
