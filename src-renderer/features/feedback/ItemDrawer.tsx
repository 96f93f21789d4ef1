/**
 * One feedback item: what was recorded, its history, and — for who may manage — status along the
 * flow, owner and resolution. Only the statuses the flow allows next are offered; the core checks
 * the same rules.
 */
import { Alert, Badge, Button, Drawer, Group, Select, Stack, Text, Textarea, TextInput, Timeline, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  FEEDBACK_FLOW, FINAL_FEEDBACK_STATUSES, isReopening,
  type FeedbackDetail, type FeedbackOwner, type FeedbackStatus,
} from '../../../src-shared/contract/feedback';
import { call } from '../../lib/api';
import { errorText } from '../../lib/errors';
import { useChanged } from '../../lib/useChanged';
import { useMoney } from '../counter/useMoney';
import { formatQuantity } from '../stock/quantity';
import { BADGE, KIND_COLORS, STATUS_COLORS } from './labels';

function Fact({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <Group gap="xs" wrap="nowrap" align="flex-start">
      <Text size="sm" c="dimmed" w={130} style={{ flexShrink: 0 }}>{label}</Text>
      <Text size="sm">{children}</Text>
    </Group>
  );
}

function EditForm({ item, owners, onSaved }: { item: FeedbackDetail; owners: FeedbackOwner[]; onSaved: (d: FeedbackDetail) => void }) {
  const { t } = useTranslation();
  const [status, setStatus] = useState<FeedbackStatus>(item.status);
  const [ownerId, setOwnerId] = useState<string | null>(item.ownerId === null ? null : String(item.ownerId));
  const [resolution, setResolution] = useState(item.resolution);
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const closed = FINAL_FEEDBACK_STATUSES.includes(item.status) && status === item.status;
  const needsResolution = FINAL_FEEDBACK_STATUSES.includes(status) && resolution.trim() === '';
  const needsNote = isReopening(item.status, status) && note.trim() === '';

  async function save() {
    setBusy(true);
    try {
      const saved = await call('feedback.update', { id: item.id, status, ownerId: ownerId === null ? null : Number(ownerId), resolution, note });
      setNote('');
      setError(null);
      notifications.show({ color: 'green', message: t('feedback.detail.saved') });
      onSaved(saved);
    } catch (e) {
      setError(errorText(t, e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form onSubmit={(e) => { e.preventDefault(); void save(); }}>
      <Stack gap="sm">
        {error && <Alert color="red" role="alert">{error}</Alert>}
        {closed && <Text size="sm" c="dimmed">{t('feedback.detail.closed')}</Text>}
        <Select label={t('feedback.detail.status')} value={status} allowDeselect={false} comboboxProps={{ withinPortal: true }}
          description={t('feedback.detail.flow')} onChange={(v) => v && setStatus(v as FeedbackStatus)}
          data={[item.status, ...FEEDBACK_FLOW[item.status]].map((s) => ({ value: s, label: t(`feedback.statuses.${s}`) }))} />
        <Select label={t('feedback.detail.owner')} value={ownerId} onChange={setOwnerId} clearable disabled={closed} placeholder={t('feedback.detail.noOwner')}
          comboboxProps={{ withinPortal: true }} data={owners.map((o) => ({ value: String(o.id), label: o.name }))} />
        <Textarea label={t('feedback.detail.resolution')} description={t('feedback.detail.resolutionHint')} value={resolution} disabled={closed}
          onChange={(e) => setResolution(e.currentTarget.value)} rows={3} maxLength={1000}
          error={needsResolution ? t('errors.reasons.feedbackResolutionRequired') : undefined} />
        <TextInput label={t('feedback.detail.note')} description={t('feedback.detail.noteHint')} value={note} maxLength={500}
          onChange={(e) => setNote(e.currentTarget.value)} error={needsNote ? t('errors.reasons.feedbackReopenNoteRequired') : undefined} />
        <Group justify="flex-end">
          <Button type="submit" loading={busy} disabled={closed || needsResolution || needsNote}>{t('feedback.detail.save')}</Button>
        </Group>
      </Stack>
    </form>
  );
}

export function ItemDrawer({ itemId, canManage, owners, onClose }: { itemId: number | null; canManage: boolean; owners: FeedbackOwner[]; onClose: () => void }) {
  const { t } = useTranslation();
  const { money, dateTime, shortDate, locale } = useMoney();
  const [item, setItem] = useState<FeedbackDetail | null>(null);
  const load = useCallback(() => {
    if (itemId === null) return;
    call('feedback.get', { id: itemId }).then(setItem, () => setItem(null));
  }, [itemId]);
  useEffect(load, [load]);
  useChanged(['feedback'], load);
  const shown = item && item.id === itemId ? item : null;

  return (
    <Drawer opened={itemId !== null} onClose={onClose} position="right" size="lg" closeButtonProps={{ 'aria-label': t('common.close') }} title={itemId !== null ? t('feedback.detail.title', { id: itemId }) : ''}>
      {shown && (
        <Stack>
          <Group gap="xs">
            <Badge {...BADGE} color={KIND_COLORS[shown.kind]} variant="light">{t(`feedback.kinds.${shown.kind}`)}</Badge>
            <Badge {...BADGE} color={STATUS_COLORS[shown.status]} data-testid="item-status">{t(`feedback.statuses.${shown.status}`)}</Badge>
          </Group>
          {shown.text && <Text size="lg">{shown.text}</Text>}
          <Stack gap={4}>
            <Fact label={t('feedback.detail.product')}>{shown.productName ? `${shown.productName} (${shown.sku})` : '–'}</Fact>
            {shown.receiptNumber && <Fact label={t('feedback.detail.receipt')}>{shown.receiptNumber}</Fact>}
            {shown.customerName && <Fact label={t('feedback.detail.customer')}>{shown.customerName}</Fact>}
            {shown.quantity !== null && <Fact label={t('feedback.detail.quantity')}>{formatQuantity(shown.quantity, shown.unit ?? 'piece', locale)}</Fact>}
            {shown.valueCents !== null && <Fact label={t('feedback.detail.value')}>{money(shown.valueCents)}</Fact>}
            <Text size="xs" c="dimmed">{t('feedback.detail.recordedBy', { name: shown.recordedByName, date: shortDate(shown.recordedAt) })}</Text>
          </Stack>
          {canManage ? <EditForm key={`${shown.id}-${shown.updatedAt}`} item={shown} owners={owners} onSaved={setItem} />
            : <Alert color="gray">{t('feedback.detail.readOnly')}</Alert>}
          {!canManage && shown.resolution && <Fact label={t('feedback.detail.resolution')}>{shown.resolution}</Fact>}
          <Title order={5}>{t('feedback.detail.history')}</Title>
          <Timeline bulletSize={14} lineWidth={2} active={shown.events.length}>
            {shown.events.map((e) => (
              <Timeline.Item key={e.id} title={e.fromStatus === null ? t('feedback.detail.recorded')
                : e.fromStatus === e.toStatus ? t('feedback.detail.changed')
                  : `${t(`feedback.statuses.${e.fromStatus}`)} → ${t(`feedback.statuses.${e.toStatus}`)}`}>
                <Text size="xs" c="dimmed">{dateTime(e.at)} · {e.staffName}{e.ownerName ? ` · ${t('feedback.detail.owner')}: ${e.ownerName}` : ''}</Text>
                {e.note && <Text size="sm">{e.note}</Text>}
                {e.resolution && e.fromStatus !== null && <Text size="sm" c="dimmed">{t('feedback.detail.resolution')}: {e.resolution}</Text>}
              </Timeline.Item>
            ))}
          </Timeline>
        </Stack>
      )}
    </Drawer>
  );
}
