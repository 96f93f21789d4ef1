/** A work order's notes, oldest first; new ones are appended, optionally marked as visible at the counter. */
import { Alert, Badge, Button, Card, Checkbox, Group, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { WorkOrderDetail } from '../../../src-shared/contract/production';
import { call } from '../../lib/api';
import { useCommand } from '../../lib/useCommand';
import { useProductionFormat } from './format';

export function NotesSection({ order, canManage, onSaved }: { order: WorkOrderDetail; canManage: boolean; onSaved: (o: WorkOrderDetail) => void }) {
  const { t } = useTranslation();
  const f = useProductionFormat();
  const [text, setText] = useState('');
  const [counterVisible, setCounterVisible] = useState(false);
  const { busy, error, run } = useCommand();

  async function add() {
    await run(async () => {
      onSaved(await call('production.workOrders.addNote', { id: order.id, text, counterVisible }));
      setText('');
      setCounterVisible(false);
    });
  }

  return (
    <Stack>
      {order.notes.length === 0 && <Text c="dimmed">{t('production.notes.empty')}</Text>}
      {order.notes.map((n) => (
        <Card key={n.id} withBorder padding="sm">
          <Group justify="space-between" mb={4}>
            <Text size="sm" c="dimmed">{f.dateTime(n.at)}{n.staffName ? ` · ${n.staffName}` : ''}</Text>
            {n.counterVisible && <Badge color="orange" variant="light">{t('production.notes.atCounter')}</Badge>}
          </Group>
          <Text style={{ whiteSpace: 'pre-wrap' }}>{n.text}</Text>
        </Card>
      ))}
      {canManage && (
        <Stack gap="xs">
          <Textarea label={t('production.notes.new')} value={text} onChange={(e) => setText(e.currentTarget.value)} maxLength={2000} rows={3} />
          <Group justify="space-between">
            <Checkbox label={t('production.notes.visibleAtCounter')} checked={counterVisible} onChange={(e) => setCounterVisible(e.currentTarget.checked)} />
            <Button mih={44} onClick={() => void add()} loading={busy} disabled={text.trim() === ''}>{t('production.notes.add')}</Button>
          </Group>
          {error && <Alert color="red">{error}</Alert>}
        </Stack>
      )}
    </Stack>
  );
}
