/**
 * Time worked on a work order, per person and day. Entries are appended; a correction is a
 * negative entry with its reason (the core refuses one without, or below zero).
 */
import { Alert, Button, Group, NativeSelect, NumberInput, Stack, Table, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { WorkOrderDetail } from '../../../src-shared/contract/production';
import { call } from '../../lib/api';
import { useCommand } from '../../lib/useCommand';
import { useSessionStore } from '../auth/store';
import { formatMinutes, todayDay, useProductionFormat } from './format';
import { useProductionStore } from './store';

export function TimeSection({ order, canManage, onSaved }: { order: WorkOrderDetail; canManage: boolean; onSaved: (o: WorkOrderDetail) => void }) {
  const { t } = useTranslation();
  const f = useProductionFormat();
  const assignees = useProductionStore((s) => s.assignees);
  const me = useSessionStore((s) => s.session?.staffId ?? null);
  const [staffId, setStaffId] = useState(String(order.assigneeId ?? me ?? ''));
  const [workedOn, setWorkedOn] = useState(todayDay());
  const [minutes, setMinutes] = useState<number | string>('');
  const [note, setNote] = useState('');
  const { busy, error, run } = useCommand();
  const value = typeof minutes === 'number' ? minutes : 0;

  async function add() {
    await run(async () => {
      onSaved(await call('production.workOrders.addTime', { id: order.id, staffId: Number(staffId), workedOn, minutes: value, note }));
      setMinutes('');
      setNote('');
    });
  }

  return (
    <Stack>
      {order.time.length === 0 ? <Text c="dimmed">{t('production.time.empty')}</Text> : (
        <Table verticalSpacing="xs" striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('production.time.day')}</Table.Th>
              <Table.Th>{t('production.time.staff')}</Table.Th>
              <Table.Th ta="right">{t('production.time.minutes')}</Table.Th>
              <Table.Th>{t('production.time.note')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {order.time.map((e) => (
              <Table.Tr key={e.id}>
                <Table.Td>{f.day(e.workedOn)}</Table.Td>
                <Table.Td>{e.staffName}</Table.Td>
                <Table.Td ta="right" c={e.minutes < 0 ? 'red' : undefined} style={{ fontVariantNumeric: 'tabular-nums' }}>{formatMinutes(t, e.minutes)}</Table.Td>
                <Table.Td>{e.note}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
          <Table.Tfoot>
            <Table.Tr>
              <Table.Th colSpan={2}>{t('production.time.total')}</Table.Th>
              <Table.Th ta="right">{formatMinutes(t, order.totalMinutes)}</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Tfoot>
        </Table>
      )}
      {canManage && (
        <Stack gap="xs">
          <Group align="flex-end" wrap="wrap">
            <NativeSelect label={t('production.time.staff')} value={staffId} onChange={(e) => setStaffId(e.currentTarget.value)} w={200}
              data={[{ value: '', label: '–' }, ...assignees.filter((a) => a.active).map((a) => ({ value: String(a.id), label: a.name }))]} />
            <TextInput type="date" label={t('production.time.day')} value={workedOn} onChange={(e) => setWorkedOn(e.currentTarget.value)} w={170} />
            <NumberInput label={t('production.time.minutes')} value={minutes} onChange={setMinutes} allowDecimal={false} min={-6000} max={6000} w={120} />
            <TextInput label={value < 0 ? t('production.time.reason') : t('production.time.note')} value={note} onChange={(e) => setNote(e.currentTarget.value)}
              maxLength={500} w={220} required={value < 0} />
            <Button mih={44} onClick={() => void add()} loading={busy} disabled={!staffId || value === 0 || (value < 0 && note.trim() === '')}>{t('production.time.add')}</Button>
          </Group>
          <Text size="xs" c="dimmed">{t('production.time.correctionHint')}</Text>
          {error && <Alert color="red">{error}</Alert>}
        </Stack>
      )}
    </Stack>
  );
}
