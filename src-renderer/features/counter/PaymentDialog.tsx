/**
 * Taking the money: cash (tendered amount, quick-cash buttons, exact), card (paid at the
 * external terminal), voucher (checked for its balance), in any split; then one checkout.
 * The clientRef is made once per attempt, so a retry never sells twice.
 */
import { ActionIcon, Alert, Badge, Button, Group, Kbd, Modal, Paper, SimpleGrid, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { IconCash, IconCreditCard, IconFileInvoice, IconGift, IconTrash } from '@tabler/icons-react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PaymentMethod } from '../../../src-shared/contract/sell';
import { changeDue } from '../../../src-shared/pricing';
import { call } from '../../lib/api';
import { errorText } from '../../lib/errors';
import { priceOf, toCartInput, useCartStore } from './cartStore';
import { useCounterStore } from './counterStore';
import { parseMoneyInput } from './money-input';
import { ShortcutButton } from './Shortcut';
import { useMoney } from './useMoney';

interface Payment {
  method: PaymentMethod;
  amountCents: number;
  voucherCode?: string;
}

export function newClientRef(): string {
  const c = globalThis.crypto;
  if (c?.randomUUID) return c.randomUUID();
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 12)}`;
}

function PaymentForm({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation();
  const { money } = useMoney();
  const cart = useCartStore();
  const { settings, showReceipt } = useCounterStore();
  const total = priceOf(cart.lines, cart.basketDiscount).totalCents;
  const [payments, setPayments] = useState<Payment[]>([]);
  const [amountText, setAmountText] = useState('');
  const [voucher, setVoucher] = useState<{ code: string; balanceCents: number | null }>({ code: '', balanceCents: null });
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [clientRef] = useState(newClientRef);

  const paid = payments.reduce((a, p) => a + p.amountCents, 0);
  const remaining = Math.max(0, total - paid);
  const change = changeDue(total, payments);
  const typed = amountText.trim() ? parseMoneyInput(amountText) : null;
  const settled = paid >= total && payments.length > 0;

  function add(method: PaymentMethod, amountCents: number, voucherCode?: string) {
    if (amountCents <= 0) return;
    setError(null);
    setPayments((list) => [...list, { method, amountCents, ...(voucherCode ? { voucherCode } : {}) }]);
    setAmountText('');
  }
  const addCash = (amount = typed ?? remaining) => add('cash', amount);
  // Only cash gives change: card and voucher never pay more than is open.
  const addCard = () => add('card', Math.min(typed ?? remaining, remaining));
  // On account: only for an attached customer allowed to buy on account, within what the credit limit leaves.
  const customer = cart.customer;
  const onAccountSoFar = payments.filter((p) => p.method === 'account').reduce((a, p) => a + p.amountCents, 0);
  const creditLeft = customer?.creditLimitCents == null ? null : Math.max(0, customer.creditLimitCents - customer.balanceCents - onAccountSoFar);
  const addAccount = () => add('account', Math.min(typed ?? remaining, remaining, creditLeft ?? remaining));

  async function checkVoucher() {
    setError(null);
    try {
      const result = await call('counter.voucher.check', { code: voucher.code.trim() });
      setVoucher({ code: result.code, balanceCents: result.balanceCents });
    } catch (e) {
      setVoucher((v) => ({ ...v, balanceCents: null }));
      setError(errorText(t, e));
    }
  }
  function redeemVoucher() {
    if (voucher.balanceCents === null) return;
    const already = payments.filter((p) => p.voucherCode === voucher.code).reduce((a, p) => a + p.amountCents, 0);
    add('voucher', Math.min(voucher.balanceCents - already, remaining), voucher.code);
    setVoucher({ code: '', balanceCents: null });
  }

  async function complete() {
    if (!settled || busy) return;
    setBusy(true);
    setError(null);
    try {
      const receipt = await call('counter.checkout', {
        cart: toCartInput(cart),
        payments: payments.map((p) => ({ method: p.method, amountCents: p.amountCents, ...(p.voucherCode ? { voucherCode: p.voucherCode } : {}) })),
        clientRef,
        ...(customer ? { customerId: customer.id } : {}),
      });
      cart.clear();
      onDone();
      showReceipt(receipt);
    } catch (e) {
      setError(errorText(t, e));
    } finally {
      setBusy(false);
    }
  }

  // Window-wide while the dialog is open: after a payment settles the sale, the field that had the
  // focus is gone, and Enter must still complete.
  const onKey = useRef<(event: KeyboardEvent) => void>(() => undefined);
  useEffect(() => {
    onKey.current = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement;
      if (event.key === 'F1') { event.preventDefault(); if (remaining > 0) addCash(remaining); }
      else if (event.key === 'F3') { event.preventDefault(); if (remaining > 0) addCard(); }
      else if (event.key === 'Enter' && !event.defaultPrevented) {
        if (target.id === 'voucher-code' || target.tagName === 'BUTTON') return;
        event.preventDefault();
        if (typed !== null && typed > 0) addCash(typed);
        else if (settled) void complete();
      }
    };
  });
  useEffect(() => {
    const listener = (event: KeyboardEvent) => onKey.current(event);
    window.addEventListener('keydown', listener);
    return () => window.removeEventListener('keydown', listener);
  }, []);

  return (
    <Stack>
      <SimpleGrid cols={3}>
        <Paper withBorder p="sm"><Text size="sm" c="dimmed">{t('sell.pay.total')}</Text><Text fw={700} fz={26}>{money(total)}</Text></Paper>
        <Paper withBorder p="sm"><Text size="sm" c="dimmed">{t('sell.pay.paid')}</Text><Text fw={700} fz={26}>{money(paid)}</Text></Paper>
        <Paper withBorder p="sm" bg={remaining > 0 ? 'blue.0' : 'green.0'}>
          <Text size="sm" c="dimmed">{t('sell.pay.remaining')}</Text>
          <Text fw={800} fz={26} data-testid="pay-remaining">{money(remaining)}</Text>
        </Paper>
      </SimpleGrid>
      {error && <Alert color="red" role="alert">{error}</Alert>}
      {remaining > 0 && (
        <>
          <Group align="flex-end" wrap="nowrap">
            <TextInput style={{ flex: 1 }} size="lg" label={t('sell.pay.tendered')} placeholder={money(remaining)} value={amountText}
              onChange={(e) => setAmountText(e.currentTarget.value)} inputMode="decimal" data-autofocus
              error={amountText.trim() && typed === null ? t('sell.money.invalid') : undefined} />
            <ShortcutButton size="lg" leftSection={<IconCash size={20} />} onClick={() => addCash()} disabled={amountText.trim() !== '' && typed === null}>{t('sell.pay.cash')}</ShortcutButton>
            <ShortcutButton size="lg" color="indigo" keys="F3" leftSection={<IconCreditCard size={20} />} onClick={addCard}>{t('sell.pay.card')}</ShortcutButton>
            {customer?.onAccount && (
              <ShortcutButton size="lg" color="teal" leftSection={<IconFileInvoice size={20} />} onClick={addAccount} disabled={creditLeft === 0}>{t('sell.methods.account')}</ShortcutButton>
            )}
          </Group>
          {customer?.onAccount && (
            <Text size="sm" c="dimmed" data-testid="pay-account-hint">
              {creditLeft === null ? t('customers.counter.accountOf', { name: customer.name }) : t('customers.counter.creditLeft', { name: customer.name, amount: money(creditLeft) })}
            </Text>
          )}
          <Group gap="xs">
            <ShortcutButton variant="light" keys="F1" onClick={() => addCash(remaining)}>{t('sell.pay.exact')}</ShortcutButton>
            {(settings?.quickCashCents ?? []).filter((c) => c >= remaining).slice(0, 5).map((cents) => (
              <Button key={cents} variant="default" mih={48} onClick={() => addCash(cents)}>{money(cents)}</Button>
            ))}
          </Group>
          <Group gap="xs" align="flex-end" wrap="nowrap">
            <TextInput id="voucher-code" style={{ flex: 1 }} size="lg" label={t('sell.pay.voucherCode')} value={voucher.code}
              onChange={(e) => setVoucher({ code: e.currentTarget.value.toUpperCase(), balanceCents: null })}
              onKeyDown={(e) => { if (e.key === 'Enter') { e.preventDefault(); if (voucher.balanceCents === null) void checkVoucher(); else redeemVoucher(); } }} />
            {voucher.balanceCents === null ? (
              <Button variant="default" mih={48} leftSection={<IconGift size={18} />} disabled={voucher.code.trim().length < 4} onClick={() => void checkVoucher()}>{t('sell.pay.voucherCheck')}</Button>
            ) : (
              <Button color="grape" mih={48} leftSection={<IconGift size={18} />} disabled={voucher.balanceCents <= 0} onClick={redeemVoucher}>
                {t('sell.pay.voucherRedeem', { amount: money(Math.min(voucher.balanceCents, remaining)) })}
              </Button>
            )}
          </Group>
          {voucher.balanceCents !== null && <Text size="sm" data-testid="voucher-balance">{t('sell.pay.voucherBalance', { amount: money(voucher.balanceCents) })}</Text>}
        </>
      )}
      {payments.length > 0 && (
        <Table verticalSpacing={4} aria-label={t('sell.pay.payments')}>
          <Table.Tbody>
            {payments.map((p, i) => (
              <Table.Tr key={i}>
                <Table.Td><Badge variant="light">{t(`sell.methods.${p.method}`)}</Badge> {p.voucherCode ?? ''}</Table.Td>
                <Table.Td ta="right" fw={600}>{money(p.amountCents)}</Table.Td>
                <Table.Td w={50}><ActionIcon variant="subtle" color="red" size={40} aria-label={t('sell.pay.removePayment')} onClick={() => setPayments((l) => l.filter((_, j) => j !== i))}><IconTrash size={18} /></ActionIcon></Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {change > 0 && (
        <Paper p="md" bg="yellow.1" radius="md">
          <Group justify="space-between"><Title order={3}>{t('sell.pay.change')}</Title><Text fw={800} fz={40} data-testid="pay-change">{money(change)}</Text></Group>
        </Paper>
      )}
      <Group justify="space-between">
        <Button variant="default" mih={48} onClick={onDone}>{t('common.cancel')} <Kbd size="xs" ml={8}>Esc</Kbd></Button>
        <ShortcutButton size="lg" color="green" keys="Enter" disabled={!settled} loading={busy} onClick={() => void complete()}>{t('sell.pay.complete')}</ShortcutButton>
      </Group>
    </Stack>
  );
}

export function PaymentDialog() {
  const { t } = useTranslation();
  const { dialog, close } = useCounterStore();
  return (
    <Modal opened={dialog === 'pay'} onClose={close} title={t('sell.pay.title')} size="xl" centered closeOnClickOutside={false}>
      {dialog === 'pay' && <PaymentForm onDone={close} />}
    </Modal>
  );
}
