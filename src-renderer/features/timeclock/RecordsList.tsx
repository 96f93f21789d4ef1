/**
 * Every time-clock record of the period, as stored: corrections with who made them, when and why,
 * and the records they replaced or removed struck through. Effective records can be corrected.
 */
import { Badge, Button, Group, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { TimeEvent } from '../../../src-shared/contract/staff';
import { useFormat } from '../../lib/format';
import type { Correction } from './CorrectionDialog';

const STATUS_COLOR: Record<TimeEvent['status'], string> = { effective: 'green', replaced: 'gray', removed: 'gray', removal: 'red' };

export function RecordsList({ events, onCorrect }: { events: TimeEvent[]; onCorrect: (correction: Correction) => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const byId = new Map(events.map((e) => [e.id, e]));
  /** The correction that replaced or removed a record, when it is in the list. */
  const successor = (e: TimeEvent) => (e.replacedById ? byId.get(e.replacedById) : undefined);

  return (
    <Table.ScrollContainer minWidth={800}>
      <Table verticalSpacing="xs" aria-label={t('timeclock.records.title')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('timeclock.records.time')}</Table.Th>
            <Table.Th>{t('timeclock.records.kind')}</Table.Th>
            <Table.Th>{t('timeclock.records.status')}</Table.Th>
            <Table.Th>{t('timeclock.records.note')}</Table.Th>
            <Table.Th />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {events.map((e) => {
            const gone = e.status === 'replaced' || e.status === 'removed';
            const by = successor(e);
            const target = e.replacesId ? byId.get(e.replacesId) : undefined;
            return (
              <Table.Tr key={e.id} data-testid="time-record" data-status={e.status}>
                <Table.Td td={gone ? 'line-through' : undefined} c={gone ? 'dimmed' : undefined} style={{ whiteSpace: 'nowrap' }}>
                  {e.at ? format.dateTime(e.at) : target?.at ? format.dateTime(target.at) : '—'}
                </Table.Td>
                <Table.Td td={gone ? 'line-through' : undefined} c={gone ? 'dimmed' : undefined}>{t(`timeclock.kind.${e.kind}`)}</Table.Td>
                <Table.Td>
                  <Badge color={STATUS_COLOR[e.status]} variant="light">{t(`timeclock.records.statusOf.${e.status}`)}</Badge>
                </Table.Td>
                <Table.Td>
                  {e.source === 'correction' && (
                    <Text size="sm">{t('timeclock.records.correctedBy', { name: e.recordedByName ?? '—', when: format.dateTime(e.recordedAt), reason: e.reason ?? '' })}</Text>
                  )}
                  {gone && by && (
                    <Text size="sm" c="dimmed">{t(`timeclock.records.${e.status}By`, { name: by.recordedByName ?? '—', when: format.dateTime(by.recordedAt), reason: by.reason ?? '' })}</Text>
                  )}
                </Table.Td>
                <Table.Td>
                  {e.status === 'effective' && e.kind !== 'remove' && (
                    <Group gap={4} justify="flex-end" wrap="nowrap">
                      <Button size="xs" mih={44} variant="default" onClick={() => onCorrect({ type: 'change', event: e })}>{t('timeclock.records.change')}</Button>
                      <Button size="xs" mih={44} variant="subtle" color="red" onClick={() => onCorrect({ type: 'remove', event: e })}>{t('timeclock.records.remove')}</Button>
                    </Group>
                  )}
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
