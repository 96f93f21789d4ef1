/** Handing a ready job over: the price (or the final price of an estimate), less the deposit, the rest paid by cash or card. */
import { Alert, Button, Group, SegmentedControl, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DepositMethod, ReceptionOpenJob } from '../../../src-shared/contract/reception';
import type { Receipt } from '../../../src-shared/contract/sell';
import { parseMoneyInput } from '../../../src-shared/money-input';
import { call } from '../../lib/api';
import { errorText } from '../../lib/errors';
import { useMoney } from '../counter/useMoney';

export function HandOverForm({ job, onDone, onBack }: { job: ReceptionOpenJob; onDone: (receipt: Receipt | null) => void; onBack: () => void }) {
  const { t } = useTranslation();
  const { money } = useMoney();
  const needsPrice = job.priceCents === null || job.priceIsEstimate;
  const [finalText, setFinalText] = useState('');
  const [method, setMethod] = useState<DepositMethod>('cash');
  const [givenText, setGivenText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const price = needsPrice ? (finalText.trim() === '' ? null : parseMoneyInput(finalText)) : job.priceCents;
  const rest = price === null ? null : price - job.depositCents;
  const given = method === 'cash' && givenText.trim() !== '' ? parseMoneyInput(givenText) : rest;
  const change = rest !== null && given !== null ? given - rest : null;
  const ready = rest !== null && rest >= 0 && given !== null && change !== null && change >= 0;

  async function submit() {
    if (!ready || rest === null || given === null) return;
    setBusy(true);
    setError(null);
    try {
      onDone(await call('reception.handOver', {
        workOrderId: job.id, finalPriceCents: needsPrice ? price : null, payments: given > 0 ? [{ method, amountCents: given }] : [], note: '',
      }));
    } catch (e) {
      setError(errorText(t, e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Stack gap="sm">
      <Text fw={700}>{job.title} · {job.customerName}</Text>
      {needsPrice
        ? <TextInput label={t('reception.handOver.finalPrice')} value={finalText} inputMode="decimal" onChange={(e) => setFinalText(e.currentTarget.value)} data-autofocus
            description={job.priceCents !== null ? t('reception.open.estimate', { amount: money(job.priceCents) }) : undefined} />
        : <Group justify="space-between"><Text>{t('reception.handOver.price')}</Text><Text fw={600}>{money(job.priceCents ?? 0)}</Text></Group>}
      {job.depositCents > 0 && <Group justify="space-between"><Text>{t('reception.handOver.deposit')}</Text><Text fw={600}>−{money(job.depositCents)}</Text></Group>}
      <Group justify="space-between"><Text fw={700}>{t('reception.handOver.rest')}</Text><Text fw={700} size="xl" data-testid="handover-rest">{rest === null ? '–' : money(rest)}</Text></Group>
      <SegmentedControl value={method} onChange={(v) => setMethod(v as DepositMethod)} aria-label={t('reception.handOver.method')}
        data={(['cash', 'card'] as const).map((m) => ({ value: m, label: t(`reception.takeIn.methods.${m}`) }))} />
      {method === 'cash' && (
        <TextInput label={t('reception.handOver.given')} value={givenText} inputMode="decimal" placeholder={rest === null ? '' : money(rest)}
          onChange={(e) => setGivenText(e.currentTarget.value)} />
      )}
      {change !== null && change > 0 && <Group justify="space-between"><Text>{t('reception.handOver.change')}</Text><Text fw={700}>{money(change)}</Text></Group>}
      {error && <Alert color="red" role="alert">{error}</Alert>}
      <Group justify="space-between">
        <Button variant="default" mih={48} onClick={onBack}>{t('reception.takeIn.back')}</Button>
        <Button color="green" mih={48} loading={busy} disabled={!ready} onClick={() => void submit()}>{t('reception.handOver.submit')}</Button>
      </Group>
    </Stack>
  );
}
