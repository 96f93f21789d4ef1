/** A new absence (person, kind, days, half day, note), and one absence's details with its cancellation (reason required). */
import { Alert, Button, Checkbox, Group, Modal, SegmentedControl, Select, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ABSENCE_KINDS, type Absence, type AbsenceKind, type EmployeeRow } from '../../../src-shared/contract/staff';
import { call } from '../../lib/api';
import { useFormat } from '../../lib/format';
import { useCommand } from '../../lib/useCommand';
import { AbsenceBadge } from './absenceKinds';
import { days } from './duration';
import { dayText } from './periods';

export interface NewAbsence {
  staffId: number | null;
  from: string;
}

const LONG_DAY: Intl.DateTimeFormatOptions = { weekday: 'short', day: '2-digit', month: '2-digit', year: 'numeric' };

export function NewAbsenceDialog({ start, staff, onDone, onClose }: { start: NewAbsence; staff: EmployeeRow[]; onDone: () => void; onClose: () => void }) {
  const { t } = useTranslation();
  const [staffId, setStaffId] = useState<string | null>(start.staffId === null ? null : String(start.staffId));
  const [kind, setKind] = useState<AbsenceKind>('vacation');
  const [from, setFrom] = useState(start.from);
  const [to, setTo] = useState(start.from);
  const [halfDay, setHalfDay] = useState(false);
  const [note, setNote] = useState('');
  const { busy, error, run } = useCommand();
  const single = from === to;
  const ready = staffId !== null && from !== '' && to !== '' && from <= to;

  const save = () => void run(async () => {
    await call('absences.create', { staffId: Number(staffId), kind, from, to, halfDay: halfDay && single, note: note.trim() || null });
    onDone();
  });

  return (
    <Modal opened onClose={onClose} title={t('timeclock.absences.new')}>
      <Stack>
        <Select label={t('timeclock.absences.person')} required searchable data={staff.map((s) => ({ value: String(s.id), label: s.name }))}
          value={staffId} onChange={setStaffId} />
        <Stack gap={4}>
          <Text size="sm" fw={500}>{t('timeclock.absences.kindLabel')}</Text>
          <SegmentedControl fullWidth value={kind} onChange={(k) => setKind(k as AbsenceKind)}
            data={ABSENCE_KINDS.map((k) => ({ value: k, label: t(`timeclock.absences.kind.${k}`) }))} />
        </Stack>
        <Group grow>
          <TextInput type="date" label={t('timeclock.absences.from')} required value={from}
            onChange={(e) => { const next = e.currentTarget.value; setFrom(next); if (to < next) setTo(next); }} />
          <TextInput type="date" label={t('timeclock.absences.to')} required value={to} onChange={(e) => setTo(e.currentTarget.value)} />
        </Group>
        <Checkbox label={t('timeclock.absences.halfDay')} checked={halfDay && single} disabled={!single} onChange={(e) => setHalfDay(e.currentTarget.checked)} />
        <TextInput label={t('timeclock.absences.note')} maxLength={300} value={note} onChange={(e) => setNote(e.currentTarget.value)} />
        {error && <Alert color="red" role="alert">{error}</Alert>}
        <Group justify="flex-end">
          <Button variant="default" mih={44} onClick={onClose}>{t('common.cancel')}</Button>
          <Button mih={44} loading={busy} disabled={!ready} onClick={save}>{t('timeclock.absences.save')}</Button>
        </Group>
      </Stack>
    </Modal>
  );
}

export function AbsenceDetailsDialog({ absence, onDone, onClose }: { absence: Absence; onDone: () => void; onClose: () => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const [cancelling, setCancelling] = useState(false);
  const [reason, setReason] = useState('');
  const { busy, error, run } = useCommand();
  const span = absence.from === absence.to
    ? dayText(absence.from, format.locale, LONG_DAY)
    : `${dayText(absence.from, format.locale, LONG_DAY)} – ${dayText(absence.to, format.locale, LONG_DAY)}`;

  const cancel = () => void run(async () => {
    await call('absences.cancel', { absenceId: absence.id, reason });
    onDone();
  });

  return (
    <Modal opened onClose={onClose} title={t('timeclock.absences.details', { name: absence.staffName })}>
      <Stack data-testid="absence-details">
        <Group gap="sm"><AbsenceBadge kind={absence.kind} halfDay={absence.halfDay} /><Text fw={600}>{span}</Text></Group>
        <Text>{t('timeclock.absences.workingDays', { days: days(absence.halfDays, format.locale) })}</Text>
        {absence.note && <Text>{t('timeclock.absences.noteIs', { note: absence.note })}</Text>}
        <Text size="sm" c="dimmed">{t('timeclock.absences.createdAt', { when: format.dateTime(absence.createdAt) })}</Text>
        {absence.cancelledAt && (
          <Alert color="gray">{t('timeclock.absences.cancelledAt', { when: format.dateTime(absence.cancelledAt), reason: absence.cancelReason ?? '' })}</Alert>
        )}
        {cancelling && (
          <TextInput label={t('timeclock.absences.cancelReason')} required maxLength={300} value={reason} onChange={(e) => setReason(e.currentTarget.value)} data-autofocus />
        )}
        {error && <Alert color="red" role="alert">{error}</Alert>}
        <Group justify="flex-end">
          <Button variant="default" mih={44} onClick={onClose}>{t('common.close')}</Button>
          {!absence.cancelledAt && (cancelling
            ? <Button color="red" mih={44} loading={busy} disabled={reason.trim() === ''} onClick={cancel}>{t('timeclock.absences.confirmCancel')}</Button>
            : <Button color="red" variant="light" mih={44} onClick={() => setCancelling(true)}>{t('timeclock.absences.cancel')}</Button>)}
        </Group>
      </Stack>
    </Modal>
  );
}
