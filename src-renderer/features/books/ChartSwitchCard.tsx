/** Switching the chart of accounts (SKR03, SKR04, generic): offered only while nothing is posted. */
import { Alert, Button, Card, Group, Modal, NativeSelect, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CHARTS, type ChartKey } from '../../../src-shared/contract/ledger';
import { call } from '../../lib/api';
import { errorText } from '../../lib/errors';

export function ChartSwitchCard({ current }: { current: ChartKey }) {
  const { t } = useTranslation();
  const [chart, setChart] = useState<ChartKey>(current);
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function switchChart() {
    setBusy(true);
    setError(null);
    try {
      await call('ledger.chart.switch', { chart });
      notifications.show({ color: 'green', message: t('books.accounts.chartSwitched', { chart: t(`books.charts.${chart}`) }) });
      setConfirming(false);
    } catch (e) {
      setError(errorText(t, e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Card withBorder>
      <Title order={4}>{t('books.accounts.chartTitle')}</Title>
      <Text size="sm" c="dimmed" my="xs">{t('books.accounts.chartText')}</Text>
      <Group align="flex-end">
        <NativeSelect label={t('books.accounts.chart')} value={chart} onChange={(e) => setChart(e.currentTarget.value as ChartKey)} w={280}
          data={CHARTS.map((c) => ({ value: c, label: t(`books.charts.${c}`) }))} />
        <Button variant="light" disabled={chart === current} onClick={() => setConfirming(true)}>{t('books.accounts.switchChart')}</Button>
      </Group>
      <Modal opened={confirming} onClose={() => setConfirming(false)} title={t('books.accounts.switchChart')}>
        <Stack>
          <Text>{t('books.accounts.switchConfirm', { chart: t(`books.charts.${chart}`) })}</Text>
          {error && <Alert color="red" role="alert">{error}</Alert>}
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setConfirming(false)}>{t('common.cancel')}</Button>
            <Button color="orange" loading={busy} onClick={() => void switchChart()}>{t('books.accounts.switchChart')}</Button>
          </Group>
        </Stack>
      </Modal>
    </Card>
  );
}
