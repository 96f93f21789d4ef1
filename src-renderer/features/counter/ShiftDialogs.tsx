/** Shift actions: cash in/out, the X report at any time, closing with a count and the Z report. */
import { Alert, Button, Group, Modal, NumberInput, Paper, ScrollArea, SegmentedControl, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { IconPrinter } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CASH_MOVE_REASONS, EUR_DENOMINATIONS, type CashMoveReason } from '../../../src-shared/contract/shift';
import { call } from '../../lib/api';
import { errorText } from '../../lib/errors';
import { useCounterStore } from './counterStore';
import { parseMoneyInput } from './money-input';
import { PrintPortal, printPaper } from './PrintPortal';
import { formatMoney } from '../../../src-shared/money';
import { useFormat } from '../../lib/format';
import { ShiftReportView } from './ShiftReportView';
import { useMoney } from './useMoney';

function CashMoveForm({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation();
  const [direction, setDirection] = useState<'in' | 'out'>('out');
  const [amount, setAmount] = useState('');
  const [reason, setReason] = useState<CashMoveReason>('bankDeposit');
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);
  const cents = parseMoneyInput(amount);
  async function save() {
    if (!cents) return;
    try {
      await call('shift.cashMove', { direction, amountCents: cents, reason, note: note.trim() });
      onDone();
    } catch (e) {
      setError(errorText(t, e));
    }
  }
  return (
    <form onSubmit={(e) => { e.preventDefault(); void save(); }}>
      <Stack>
        {error && <Alert color="red" role="alert">{error}</Alert>}
        <SegmentedControl size="md" value={direction} onChange={(v) => setDirection(v as 'in' | 'out')} aria-label={t('sell.cashMove.direction')}
          data={[{ value: 'in', label: t('sell.cashMove.in') }, { value: 'out', label: t('sell.cashMove.out') }]} />
        <TextInput label={t('sell.cashMove.amount')} size="lg" value={amount} onChange={(e) => setAmount(e.currentTarget.value)} inputMode="decimal" data-autofocus
          error={amount && !cents ? t('sell.money.invalid') : undefined} />
        <Select label={t('sell.cashMove.reason')} size="md" value={reason} allowDeselect={false} onChange={(v) => v && setReason(v as CashMoveReason)}
          data={CASH_MOVE_REASONS.map((r) => ({ value: r, label: t(`sell.cashMove.reasons.${r}`) }))} />
        <TextInput label={t('sell.cashMove.note')} value={note} maxLength={200} onChange={(e) => setNote(e.currentTarget.value)} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>{t('common.cancel')}</Button>
          <Button type="submit" disabled={!cents}>{t('sell.cashMove.submit')}</Button>
        </Group>
      </Stack>
    </form>
  );
}

function CloseShiftForm({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation();
  const { money } = useMoney();
  const { showReport, loadShift } = useCounterStore();
  const [counts, setCounts] = useState<Record<number, number>>({});
  const [expected, setExpected] = useState<number | null>(null);
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const counted = EUR_DENOMINATIONS.reduce((a, d) => a + d * (counts[d] ?? 0), 0);

  useEffect(() => {
    call('shift.xReport').then((x) => setExpected(x.expectedCashCents)).catch((e: unknown) => setError(errorText(t, e)));
  }, [t]);
  async function close() {
    setBusy(true);
    setError(null);
    try {
      const report = await call('shift.close', {
        counted: EUR_DENOMINATIONS.map((d) => ({ denominationCents: d, count: counts[d] ?? 0 })),
        note: note.trim(),
      });
      onDone();
      showReport(report);
      await loadShift();
    } catch (e) {
      setError(errorText(t, e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Stack>
      <Text c="dimmed">{t('sell.close.hint')}</Text>
      {error && <Alert color="red" role="alert">{error}</Alert>}
      <SimpleGrid cols={5} spacing="xs">
        {EUR_DENOMINATIONS.map((d, i) => (
          <NumberInput key={d} label={money(d)} min={0} max={100000} allowDecimal={false} allowNegative={false} size="md" hideControls
            value={counts[d] ?? ''} data-autofocus={i === 0 || undefined}
            onChange={(v) => setCounts({ ...counts, [d]: typeof v === 'number' ? v : 0 })} />
        ))}
      </SimpleGrid>
      <Paper withBorder p="md">
        <SimpleGrid cols={3}>
          <div><Text size="sm" c="dimmed">{t('sell.close.counted')}</Text><Text fw={800} fz={24} data-testid="close-counted">{money(counted)}</Text></div>
          <div>
            <Text size="sm" c="dimmed">{t('sell.close.expected')}</Text>
            <Text fw={700} fz={24} data-testid="close-expected">{expected === null ? '—' : money(expected)}</Text>
          </div>
          <div>
            <Text size="sm" c="dimmed">{t('sell.close.difference')}</Text>
            <Text fw={700} fz={24} c={expected === null ? 'dimmed' : counted - expected === 0 ? 'green.8' : 'red.7'}>{expected === null ? '—' : money(counted - expected)}</Text>
          </div>
        </SimpleGrid>
      </Paper>
      <TextInput label={t('sell.close.note')} value={note} maxLength={200} onChange={(e) => setNote(e.currentTarget.value)} />
      <Group justify="flex-end">
        <Button variant="default" onClick={onDone}>{t('common.cancel')}</Button>
        <Button color="red" size="md" loading={busy} onClick={() => void close()}>{t('sell.close.submit')}</Button>
      </Group>
    </Stack>
  );
}

export function ShiftDialogs() {
  const { t } = useTranslation();
  const { dialog, close, report } = useCounterStore();
  return (
    <>
      <Modal opened={dialog === 'cashMove'} onClose={close} title={t('sell.cashMove.title')} centered>
        {dialog === 'cashMove' && <CashMoveForm onDone={close} />}
      </Modal>
      <Modal opened={dialog === 'closeShift'} onClose={close} title={t('sell.close.title')} size={880} centered>
        {dialog === 'closeShift' && <CloseShiftForm onDone={close} />}
      </Modal>
      <Modal opened={dialog === 'report' && !!report} onClose={close} centered size={460}
        title={report?.kind === 'Z' ? t('sell.report.zTitle', { number: report.zNumber ?? '' }) : t('sell.report.xTitle')}>
        {dialog === 'report' && report && (
          <Stack>
            {report.kind === 'Z' && report.countedCashCents !== null && (
              // The figures that matter at closing, above the paper so they never scroll away.
              <SimpleGrid cols={3} spacing="xs">
                <CashFigure label={t('sell.report.expected')} cents={report.expectedCashCents} currency={report.currency} />
                <CashFigure label={t('sell.report.counted')} cents={report.countedCashCents} currency={report.currency} />
                <CashFigure label={t('sell.report.difference')} cents={report.differenceCents ?? 0} currency={report.currency} highlight />
              </SimpleGrid>
            )}
            <ScrollArea.Autosize mah={report.kind === 'Z' ? '52vh' : '62vh'} type="auto"><ShiftReportView report={report} /></ScrollArea.Autosize>
            <Group grow>
              <Button mih={48} leftSection={<IconPrinter size={18} />} onClick={printPaper}>{t('sell.receipt.print')}</Button>
              <Button mih={48} variant="default" onClick={close} data-autofocus>{t('common.close')}</Button>
            </Group>
            <PrintPortal><ShiftReportView report={report} /></PrintPortal>
          </Stack>
        )}
      </Modal>
    </>
  );
}

function CashFigure({ label, cents, currency, highlight = false }: { label: string; cents: number; currency: string; highlight?: boolean }) {
  const format = useFormat();
  const color = !highlight ? undefined : cents === 0 ? 'green.0' : 'red.0';
  return (
    <Paper withBorder p="xs" bg={color}>
      <Text size="xs" c="dimmed">{label}</Text>
      <Text fw={700} size="lg">{formatMoney(cents, currency, format.locale)}</Text>
    </Paper>
  );
}
