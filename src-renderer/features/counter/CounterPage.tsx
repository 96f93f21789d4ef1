/**
 * The counter: the cart on the left, totals, pay and the product picker on the right, the
 * function keys below. A scanner types anywhere; every step has its key.
 */
import { AppShell, Badge, Box, Center, Group, Loader, Paper, Stack, Text } from '@mantine/core';
import { IconCreditCard } from '@tabler/icons-react';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useChanged } from '../../lib/useChanged';
import { TopBar } from '../shell/TopBar';
import { ActionBar, useCounterShortcuts } from './ActionBar';
import { ApprovalDialog } from './approval';
import { CartDialogs } from './CartDialogs';
import { CartPanel } from './CartPanel';
import { useCartStore } from './cartStore';
import { useCounterStore } from './counterStore';
import { LineDialog } from './LineDialog';
import { OpenShiftCard } from './OpenShiftCard';
import { PaymentDialog } from './PaymentDialog';
import { ProductPicker } from './ProductPicker';
import { ReceiptDialog, RecentReceiptsDrawer } from './ReceiptDialog';
import { ReturnDialog } from './ReturnDialog';
import { ShiftDialogs } from './ShiftDialogs';
import { ShortcutButton } from './Shortcut';
import { TotalsPanel } from './TotalsPanel';
import { CounterStockHint } from '../stock/CounterStockHint';
import { CustomerBar, CustomerChip, CustomerDialog } from './CustomerPicker';
import { CaptureDialog } from '../feedback/CaptureDialog';
import { ReceptionDialog } from '../reception/ReceptionDialog';
import { FeedbackHint } from '../feedback/FeedbackHint';
import { useMoney } from './useMoney';

function Selling() {
  const { t } = useTranslation();
  const { time } = useMoney();
  const shift = useCounterStore((s) => s.shift)!;
  const open = useCounterStore((s) => s.open);
  const empty = useCartStore((s) => s.lines.length === 0);
  useCounterShortcuts();

  return (
    <Group align="stretch" gap="md" wrap="nowrap" h="calc(100vh - 72px - 2 * var(--mantine-spacing-md))">
      <Stack gap="sm" style={{ flex: 1.5, minWidth: 0 }}>
        <Paper withBorder radius="md" style={{ flex: 1, minHeight: 0, overflow: 'hidden', display: 'flex', flexDirection: 'column' }}>
          <Group justify="space-between" px="md" py={8} bg="gray.1" style={{ borderBottom: '1px solid var(--mantine-color-gray-3)' }}>
            <Text fw={700}>{t('sell.cart.title')}</Text>
            <Group gap="xs">
              <CustomerChip />
              <CounterStockHint />
              <FeedbackHint />
              <Badge variant="dot" color="green" size="lg">{t('sell.shift.openSince', { time: time(shift.openedAt), register: shift.registerName })}</Badge>
            </Group>
          </Group>
          <CustomerBar />
          <Box style={{ flex: 1, minHeight: 0 }}><CartPanel /></Box>
        </Paper>
        <ActionBar />
      </Stack>
      <Stack gap="sm" w={440} style={{ flexShrink: 0, minHeight: 0 }}>
        <TotalsPanel />
        <ShortcutButton size="xl" h={72} color="green" keys="F12" leftSection={<IconCreditCard size={28} />} disabled={empty} onClick={() => open('pay')}>
          {t('sell.pay.button')}
        </ShortcutButton>
        <ProductPicker />
      </Stack>
    </Group>
  );
}

export function CounterPage() {
  const { shift, shiftLoaded, loadShift, loadSettings } = useCounterStore();
  useEffect(() => {
    void loadShift();
    void loadSettings();
  }, [loadShift, loadSettings]);
  useChanged(['shift'], () => void loadShift());
  useChanged(['counterSettings'], () => void loadSettings());

  return (
    <AppShell header={{ height: 72 }} padding="md">
      <AppShell.Header><TopBar area="counter" /></AppShell.Header>
      <AppShell.Main>
        {!shiftLoaded ? <Center h="60vh"><Loader /></Center> : shift ? <Selling /> : <OpenShiftCard />}
        <PaymentDialog />
        <LineDialog />
        <CartDialogs />
        <ReceiptDialog />
        <RecentReceiptsDrawer />
        <ReturnDialog />
        <ShiftDialogs />
        <ApprovalDialog />
        <CustomerDialog />
        <CaptureDialog />
        <ReceptionDialog />
      </AppShell.Main>
    </AppShell>
  );
}
