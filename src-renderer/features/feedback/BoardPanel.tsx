/**
 * The improvement board: everything recorded, grouped by product (and within it by kind), with
 * counts, open items and lost value per product; filters for status, kind and period. An item
 * opens in the drawer.
 */
import { Accordion, Alert, Badge, Group, Select, Stack, Table, Text, TextInput, UnstyledButton } from '@mantine/core';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  FEEDBACK_KINDS, FEEDBACK_STATUSES,
  type FeedbackBoard, type FeedbackGroup, type FeedbackItem, type FeedbackKind, type FeedbackStatus,
} from '../../../src-shared/contract/feedback';
import { call } from '../../lib/api';
import { errorText } from '../../lib/errors';
import { useChanged } from '../../lib/useChanged';
import { useMoney } from '../counter/useMoney';
import { BADGE, KIND_COLORS, STATUS_COLORS } from './labels';

type StatusFilter = FeedbackStatus | 'open' | 'all';
const DAY = /^\d{4}-\d{2}-\d{2}$/;
const groupKey = (g: FeedbackGroup) => (g.productId === null ? 'none' : String(g.productId));

function ItemRows({ items, onOpen }: { items: FeedbackItem[]; onOpen: (id: number) => void }) {
  const { t } = useTranslation();
  const { shortDate } = useMoney();
  return (
    <Table verticalSpacing={6} highlightOnHover>
      <Table.Thead>
        <Table.Tr>
          <Table.Th w={110}>{t('feedback.board.columns.recorded')}</Table.Th>
          <Table.Th w={190}>{t('feedback.board.columns.kind')}</Table.Th>
          <Table.Th>{t('feedback.board.columns.text')}</Table.Th>
          <Table.Th w={170}>{t('feedback.board.columns.status')}</Table.Th>
          <Table.Th w={140}>{t('feedback.board.columns.owner')}</Table.Th>
          <Table.Th>{t('feedback.board.columns.resolution')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {items.map((i) => (
          <Table.Tr key={i.id} data-testid="feedback-item" style={{ cursor: 'pointer' }} onClick={() => onOpen(i.id)}>
            <Table.Td>{shortDate(i.recordedAt)}</Table.Td>
            <Table.Td><Badge {...BADGE} variant="light" color={KIND_COLORS[i.kind]}>{t(`feedback.kinds.${i.kind}`)}</Badge></Table.Td>
            <Table.Td>
              <UnstyledButton aria-label={t('feedback.board.openItem', { id: i.id })} onClick={(e) => { e.stopPropagation(); onOpen(i.id); }} mih={32}>
                <Text size="sm">{i.text || i.productName}</Text>
              </UnstyledButton>
              {(i.receiptNumber || i.customerName) && (
                <Text size="xs" c="dimmed">{[i.receiptNumber, i.customerName].filter(Boolean).join(' · ')}</Text>
              )}
            </Table.Td>
            <Table.Td><Badge {...BADGE} color={STATUS_COLORS[i.status]}>{t(`feedback.statuses.${i.status}`)}</Badge></Table.Td>
            <Table.Td>{i.ownerName ?? '–'}</Table.Td>
            <Table.Td><Text size="sm" lineClamp={2}>{i.resolution}</Text></Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

function GroupHeader({ group }: { group: FeedbackGroup }) {
  const { t } = useTranslation();
  const { money } = useMoney();
  return (
    <Group justify="space-between" wrap="nowrap" pr="sm">
      <div>
        <Text fw={600}>{group.productName ?? t('feedback.board.noProduct')}</Text>
        {group.sku && <Text size="xs" c="dimmed">{group.sku}</Text>}
      </div>
      <Group gap={6} wrap="nowrap">
        {FEEDBACK_KINDS.filter((k) => group.counts[k] > 0).map((k) => (
          <Badge {...BADGE} key={k} variant="light" color={KIND_COLORS[k]}>{`${t(`feedback.kindsPlural.${k}`)}: ${group.counts[k]}`}</Badge>
        ))}
        {group.open > 0 && <Badge {...BADGE} variant="outline" color="blue">{`${t('feedback.board.open')}: ${group.open}`}</Badge>}
        {group.lostValueCents > 0 && <Badge {...BADGE} variant="outline" color="orange">{`${t('feedback.board.lostValue')}: ${money(group.lostValueCents)}`}</Badge>}
      </Group>
    </Group>
  );
}

export function BoardPanel({ onOpen }: { onOpen: (id: number) => void }) {
  const { t } = useTranslation();
  const [status, setStatus] = useState<StatusFilter>('open');
  const [kind, setKind] = useState<FeedbackKind | 'all'>('all');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [board, setBoard] = useState<FeedbackBoard | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [collapsed, setCollapsed] = useState<Set<string>>(new Set());

  const load = useCallback(() => {
    const period = { from: DAY.test(from) ? from : null, to: DAY.test(to) ? to : null };
    call('feedback.board', { status, kind, ...period }).then((b) => { setBoard(b); setError(null); }, (e) => setError(errorText(t, e)));
  }, [status, kind, from, to, t]);
  useEffect(load, [load]);
  useChanged(['feedback'], load);

  const counts = board?.statusCounts;
  const openCount = counts ? counts.new + counts.inReview + counts.actionPlanned : 0;
  const allCount = counts ? Object.values(counts).reduce((s, n) => s + n, 0) : 0;
  const statusOption = (value: StatusFilter, n: number) => ({ value, label: `${t(`feedback.statuses.${value}`)} (${n})` });
  const groups = board?.groups ?? [];

  return (
    <Stack>
      <Group align="flex-end">
        <Select label={t('feedback.board.status')} w={220} value={status} allowDeselect={false} onChange={(v) => v && setStatus(v as StatusFilter)}
          data={[statusOption('open', openCount), ...FEEDBACK_STATUSES.map((s) => statusOption(s, counts?.[s] ?? 0)), statusOption('all', allCount)]} />
        <Select label={t('feedback.board.kind')} w={200} value={kind} allowDeselect={false} onChange={(v) => v && setKind(v as FeedbackKind | 'all')}
          data={[{ value: 'all', label: t('feedback.board.allKinds') }, ...FEEDBACK_KINDS.map((k) => ({ value: k, label: t(`feedback.kinds.${k}`) }))]} />
        <TextInput type="date" label={t('feedback.board.from')} w={170} value={from} onChange={(e) => setFrom(e.currentTarget.value)} />
        <TextInput type="date" label={t('feedback.board.to')} w={170} value={to} onChange={(e) => setTo(e.currentTarget.value)} />
        {board && <Text c="dimmed" pb={8} data-testid="board-summary">{t('feedback.board.summary', { count: board.total })}</Text>}
      </Group>
      {error && <Alert color="red" role="alert">{error}</Alert>}
      {board?.truncated && <Alert color="yellow">{t('feedback.board.truncated', { count: 1000 })}</Alert>}
      {board && groups.length === 0 && <Text c="dimmed" ta="center" p="xl">{t('feedback.board.empty')}</Text>}
      <Accordion multiple variant="separated" chevronPosition="left"
        value={groups.map(groupKey).filter((k) => !collapsed.has(k))}
        onChange={(open) => setCollapsed(new Set(groups.map(groupKey).filter((k) => !open.includes(k))))}>
        {groups.map((g) => (
          <Accordion.Item key={groupKey(g)} value={groupKey(g)} data-testid="feedback-group">
            <Accordion.Control><GroupHeader group={g} /></Accordion.Control>
            <Accordion.Panel><ItemRows items={g.items} onOpen={onOpen} /></Accordion.Panel>
          </Accordion.Item>
        ))}
      </Accordion>
    </Stack>
  );
}
