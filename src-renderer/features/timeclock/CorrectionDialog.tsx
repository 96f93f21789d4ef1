/**
 * The owner's corrections of time-clock records: add a missing one, change a time, remove one. Each
 * needs a reason and becomes a new record; the core refuses what would leave overlapping or
 * reversed times, and that refusal is shown here.
 */
import { Alert, Button, Group, Modal, Select, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CLOCK_ACTIONS, type ClockAction, type TimeEvent } from '../../../src-shared/contract/staff';
import { call } from '../../lib/api';
import { useFormat } from '../../lib/format';
import { useCommand } from '../../lib/useCommand';
import { today } from './periods';

export type Correction =
  | { type: 'add'; staffId: number; day: string; kind: ClockAction }
  | { type: 'change'; event: TimeEvent }
  | { type: 'remove'; event: TimeEvent };

const pad = (n: number) => String(n).padStart(2, '0');

/** A stored UTC time as the local day and hh:mm shown in the form. */
function localParts(iso: string): { day: string; time: string } {
  const d = new Date(iso);
  return { day: today(d), time: `${pad(d.getHours())}:${pad(d.getMinutes())}` };
}

/** The local day and hh:mm typed in → the UTC time the core stores, or null while incomplete. */
function isoOf(day: string, time: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day) || !/^\d{1,2}:\d{2}$/.test(time)) return null;
  const d = new Date(`${day}T${time.padStart(5, '0')}:00`);
  return Number.isNaN(d.getTime()) ? null : d.toISOString();
}

export function CorrectionDialog({ correction, onDone, onClose }: { correction: Correction; onDone: () => void; onClose: () => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const start = correction.type === 'add' ? { day: correction.day, time: '' } : localParts(correction.event.at ?? new Date().toISOString());
  const [kind, setKind] = useState<ClockAction>(correction.type === 'add' ? correction.kind : 'in');
  const [day, setDay] = useState(start.day);
  const [time, setTime] = useState(start.time);
  const [reason, setReason] = useState('');
  const { busy, error, run } = useCommand();
  const at = isoOf(day, time);
  const ready = reason.trim() !== '' && (correction.type === 'remove' || at !== null);

  const save = () => void run(async () => {
    if (correction.type === 'add') await call('timeclock.correct', { type: 'add', staffId: correction.staffId, kind, at: at!, reason });
    else if (correction.type === 'change') await call('timeclock.correct', { type: 'change', eventId: correction.event.id, at: at!, reason });
    else await call('timeclock.correct', { type: 'remove', eventId: correction.event.id, reason });
    onDone();
  });

  const event = correction.type === 'add' ? null : correction.event;
  return (
    <Modal opened onClose={onClose} title={t(`timeclock.correct.title.${correction.type}`)}>
      <Stack>
        {event && (
          <Text data-testid="correction-original">
            {t('timeclock.correct.original', { kind: t(`timeclock.kind.${event.kind}`), time: event.at ? format.dateTime(event.at) : '' })}
          </Text>
        )}
        {correction.type === 'add' && (
          <Select label={t('timeclock.correct.kind')} data={CLOCK_ACTIONS.map((k) => ({ value: k, label: t(`timeclock.kind.${k}`) }))}
            value={kind} allowDeselect={false} onChange={(k) => k && setKind(k as ClockAction)} />
        )}
        {correction.type !== 'remove' && (
          <Group grow>
            <TextInput type="date" label={t('timeclock.correct.day')} required value={day} onChange={(e) => setDay(e.currentTarget.value)} />
            <TextInput label={t('timeclock.correct.time')} placeholder="16:30" required value={time} inputMode="numeric"
              onChange={(e) => setTime(e.currentTarget.value)} data-autofocus />
          </Group>
        )}
        <TextInput label={t('timeclock.correct.reason')} required maxLength={300} value={reason} onChange={(e) => setReason(e.currentTarget.value)}
          data-autofocus={correction.type === 'remove' ? true : undefined} />
        {error && <Alert color="red" role="alert">{error}</Alert>}
        <Group justify="flex-end">
          <Button variant="default" mih={44} onClick={onClose}>{t('common.cancel')}</Button>
          <Button mih={44} color={correction.type === 'remove' ? 'red' : undefined} loading={busy} disabled={!ready} onClick={save}>
            {t(`timeclock.correct.save.${correction.type}`)}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
