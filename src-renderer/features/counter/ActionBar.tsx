/** The function keys: one button per step, its key printed on it, and the same keys on the keyboard. */
import { SimpleGrid } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import {
  IconArrowBackUp, IconCashBanknote, IconDiscount, IconGift, IconListDetails, IconLock, IconParking, IconPlayerPlay,
  IconReceiptOff, IconReport, IconPencil, IconBulb, IconTool,
} from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../lib/api';
import { errorText } from '../../lib/errors';
import { useFeedbackCapture } from '../feedback/feedbackStore';
import { useCartStore } from './cartStore';
import { useCounterStore, type CounterDialog } from './counterStore';
import { SEARCH_ID } from './ProductPicker';
import { scanCode } from './scan';
import { ShortcutButton } from './Shortcut';
import { useCounterKeys } from './useCounterKeys';

interface Action {
  key: string;
  label: string;
  icon: ReactNode;
  run: () => void;
  disabled?: boolean;
  color?: string;
}

function useActions(): Action[] {
  const { t } = useTranslation();
  const { open, showReceipt, showReport } = useCounterStore();
  const { lines, selected } = useCartStore();
  const empty = lines.length === 0;
  const selectedLine = lines.find((l) => l.key === selected);

  async function voidLast() {
    try {
      const recent = await call('counter.receipt.recent', { limit: 20 });
      const last = recent.find((r) => r.kind === 'sale');
      if (!last) return notifications.show({ color: 'gray', message: t('sell.void.noSale') });
      showReceipt(await call('counter.receipt.get', { id: last.id }));
    } catch (e) {
      notifications.show({ color: 'red', message: errorText(t, e) });
    }
  }
  async function xReport() {
    try {
      showReport(await call('shift.xReport'));
    } catch (e) {
      notifications.show({ color: 'red', message: errorText(t, e) });
    }
  }
  const when = (dialog: CounterDialog) => () => open(dialog);

  return [
    { key: 'F4', label: t('sell.actions.park'), icon: <IconParking size={18} />, run: when('park'), disabled: empty },
    { key: 'F5', label: t('sell.actions.recall'), icon: <IconPlayerPlay size={18} />, run: when('recall') },
    { key: 'shift+F6', label: t('sell.actions.line'), icon: <IconPencil size={18} />, run: when('line'), disabled: selectedLine?.kind !== 'product' },
    { key: 'F6', label: t('sell.actions.discount'), icon: <IconDiscount size={18} />, run: when('basketDiscount'), disabled: empty },
    { key: 'F7', label: t('sell.actions.voucher'), icon: <IconGift size={18} />, run: when('voucherSale') },
    { key: 'F8', label: t('sell.actions.return'), icon: <IconArrowBackUp size={18} />, run: when('return'), color: 'orange' },
    { key: 'shift+F8', label: t('sell.actions.void'), icon: <IconReceiptOff size={18} />, run: () => void voidLast(), color: 'red' },
    { key: 'F3', label: t('sell.actions.recent'), icon: <IconListDetails size={18} />, run: when('recent') },
    { key: 'shift+F3', label: t('reception.action'), icon: <IconTool size={18} />, run: when('reception') },
    { key: 'F9', label: t('sell.actions.cashMove'), icon: <IconCashBanknote size={18} />, run: when('cashMove') },
    { key: 'F10', label: t('sell.actions.xReport'), icon: <IconReport size={18} />, run: () => void xReport() },
    { key: 'shift+F10', label: t('sell.actions.closeShift'), icon: <IconLock size={18} />, run: when('closeShift'), disabled: !empty, color: 'red' },
    { key: 'shift+F2', label: t('feedback.capture.action'), icon: <IconBulb size={18} />, run: () => useFeedbackCapture.getState().openCapture() },
  ];
}

export const keyLabel = (key: string) => key.replace('shift+', '⇧');

export function ActionBar() {
  const actions = useActions();
  return (
    <SimpleGrid cols={{ base: 4, xl: 6 }} spacing={6} verticalSpacing={6}>
      {actions.map((a) => (
        <ShortcutButton key={a.key} keys={keyLabel(a.key)} variant="default" color={a.color} leftSection={a.icon} disabled={a.disabled}
          onClick={a.run} justify="space-between" styles={{ label: { overflow: 'hidden', textOverflow: 'ellipsis' } }} c={a.disabled ? undefined : a.color ? `${a.color}.8` : undefined}>
          {a.label}
        </ShortcutButton>
      ))}
    </SimpleGrid>
  );
}

/** The page's keys: scanner codes, function keys and the cart keys (↑/↓, +/−, Del). */
export function useCounterShortcuts() {
  const { t } = useTranslation();
  const actions = useActions();
  const dialog = useCounterStore((s) => s.dialog);
  const open = useCounterStore((s) => s.open);
  const cart = useCartStore();
  const keys: Record<string, () => void> = {
    F2: () => document.getElementById(SEARCH_ID)?.focus(),
    F1: () => open('customer'),
    F12: () => { if (cart.lines.length > 0) open('pay'); },
    ArrowUp: () => cart.moveSelection(-1),
    ArrowDown: () => cart.moveSelection(1),
    '+': () => { if (cart.selected) cart.step(cart.selected, 1); },
    '-': () => { if (cart.selected) cart.step(cart.selected, -1); },
    Delete: () => { if (cart.selected) cart.remove(cart.selected); },
  };
  for (const action of actions) if (!action.disabled) keys[action.key] = action.run;
  useCounterKeys({ enabled: dialog === null, keys, onScan: (code) => void scanCode(t, code) });
}
