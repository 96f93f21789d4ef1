/** Taking a customer order or service job in: customer (required), item, fault, price, promised day, deposit. */
import { Alert, Button, Checkbox, Group, SegmentedControl, Select, SimpleGrid, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DepositMethod, ReceptionTicket } from '../../../src-shared/contract/reception';
import type { VatRate } from '../../../src-shared/contract/settings';
import { parseMoneyInput } from '../../../src-shared/money-input';
import { call } from '../../lib/api';
import { errorText } from '../../lib/errors';
import { useCartStore } from '../counter/cartStore';
import { useMoney } from '../counter/useMoney';
import { CustomerSelect, type ChosenCustomer } from './CustomerSelect';

type Kind = 'serviceJob' | 'customerOrder';
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Empty text: no amount; otherwise cents, or undefined when the text is not an amount. */
function amount(text: string): number | null | undefined {
  if (text.trim() === '') return null;
  return parseMoneyInput(text) ?? undefined;
}

export function TakeInForm({ onSaved, onBack }: { onSaved: (ticket: ReceptionTicket) => void; onBack: () => void }) {
  const { t } = useTranslation();
  const { percent } = useMoney();
  const cartCustomer = useCartStore((s) => s.customer);
  const [kind, setKind] = useState<Kind>('serviceJob');
  const [customer, setCustomer] = useState<ChosenCustomer | null>(cartCustomer ? { id: cartCustomer.id, number: cartCustomer.number, name: cartCustomer.name, phone: cartCustomer.phone } : null);
  const [title, setTitle] = useState('');
  const [fault, setFault] = useState('');
  const [price, setPrice] = useState('');
  const [estimate, setEstimate] = useState(false);
  const [promisedOn, setPromisedOn] = useState('');
  const [deposit, setDeposit] = useState('');
  const [method, setMethod] = useState<DepositMethod>('cash');
  const [rates, setRates] = useState<VatRate[]>([]);
  const [rateId, setRateId] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    call('settings.vatRates.list', {}).then((all) => {
      const active = all.filter((r) => r.retiredAt === null);
      setRates(active);
      const standard = [...active].sort((a, b) => b.rateBasisPoints - a.rateBasisPoints)[0];
      if (standard) setRateId(String(standard.id));
    }).catch((e: unknown) => setError(errorText(t, e)));
  }, [t]);

  const priceCents = amount(price);
  const depositCents = amount(deposit);
  const badAmount = priceCents === undefined || depositCents === undefined || depositCents === 0;
  const badDay = promisedOn.trim() !== '' && !DAY.test(promisedOn.trim());

  async function submit() {
    if (!customer) return setError(t('reception.takeIn.customerRequired'));
    if (badAmount || priceCents === undefined || depositCents === undefined) return setError(t('reception.takeIn.invalidAmount'));
    setBusy(true);
    setError(null);
    try {
      onSaved(await call('reception.takeIn', {
        kind, customerId: customer.id, title: title.trim(), fault: fault.trim(), priceCents, priceIsEstimate: estimate && priceCents !== null,
        promisedOn: promisedOn.trim() === '' ? null : promisedOn.trim(), vatRateId: rateId === null ? null : Number(rateId),
        deposit: depositCents === null ? null : { amountCents: depositCents, method },
      }));
    } catch (e) {
      setError(errorText(t, e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Stack gap="sm">
      <SegmentedControl fullWidth value={kind} onChange={(v) => setKind(v as Kind)} aria-label={t('reception.takeIn.kind')}
        data={(['serviceJob', 'customerOrder'] as const).map((k) => ({ value: k, label: t(`reception.takeIn.kinds.${k}`) }))} />
      <CustomerSelect value={customer} onChange={setCustomer} />
      <TextInput label={t(kind === 'serviceJob' ? 'reception.takeIn.titleService' : 'reception.takeIn.titleOrder')} value={title} maxLength={200} required
        onChange={(e) => setTitle(e.currentTarget.value)} data-autofocus />
      {kind === 'serviceJob' && <Textarea label={t('reception.takeIn.fault')} value={fault} maxLength={2000} rows={3} onChange={(e) => setFault(e.currentTarget.value)} />}
      <SimpleGrid cols={2}>
        <TextInput label={t('reception.takeIn.price')} value={price} inputMode="decimal" onChange={(e) => setPrice(e.currentTarget.value)}
          error={priceCents === undefined ? t('reception.takeIn.invalidAmount') : undefined} />
        <TextInput label={t('reception.takeIn.promisedOn')} value={promisedOn} placeholder="2026-01-31" maxLength={10} onChange={(e) => setPromisedOn(e.currentTarget.value)}
          error={badDay ? t('reception.takeIn.promisedOn') : undefined} />
      </SimpleGrid>
      <Group>
        <Checkbox label={t('reception.takeIn.estimate')} checked={estimate} onChange={(e) => setEstimate(e.currentTarget.checked)} />
        <Select label={t('reception.takeIn.vatRate')} value={rateId} onChange={setRateId} allowDeselect={false} w={200}
          data={rates.map((r) => ({ value: String(r.id), label: `${r.name} (${percent(r.rateBasisPoints)})` }))} />
      </Group>
      <SimpleGrid cols={2}>
        <TextInput label={t('reception.takeIn.deposit')} value={deposit} inputMode="decimal" onChange={(e) => setDeposit(e.currentTarget.value)}
          error={depositCents === undefined || depositCents === 0 ? t('reception.takeIn.invalidAmount') : undefined} />
        <Stack gap={4}>
          <Text size="sm" fw={500}>{t('reception.takeIn.depositMethod')}</Text>
          <SegmentedControl value={method} onChange={(v) => setMethod(v as DepositMethod)} aria-label={t('reception.takeIn.depositMethod')}
            data={(['cash', 'card'] as const).map((m) => ({ value: m, label: t(`reception.takeIn.methods.${m}`) }))} />
        </Stack>
      </SimpleGrid>
      {error && <Alert color="red" role="alert">{error}</Alert>}
      <Group justify="space-between">
        <Button variant="default" mih={48} onClick={onBack}>{t('reception.takeIn.back')}</Button>
        <Button mih={48} loading={busy} disabled={!customer || title.trim() === '' || badAmount || badDay} onClick={() => void submit()}>{t('reception.takeIn.submit')}</Button>
      </Group>
    </Stack>
  );
}
