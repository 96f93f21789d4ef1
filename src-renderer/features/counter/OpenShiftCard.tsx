/** No selling without an open shift: count the float and open it. */
import { Alert, Button, Card, Center, Stack, Text, TextInput, ThemeIcon, Title } from '@mantine/core';
import { IconCashRegister } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../lib/api';
import { errorText } from '../../lib/errors';
import { useCounterStore } from './counterStore';
import { parseMoneyInput } from './money-input';

export function OpenShiftCard() {
  const { t } = useTranslation();
  const loadShift = useCounterStore((s) => s.loadShift);
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const cents = parseMoneyInput(text);

  async function open() {
    if (cents === null) return setError(t('sell.money.invalid'));
    setBusy(true);
    setError(null);
    try {
      await call('shift.open', { floatCents: cents });
      await loadShift();
    } catch (e) {
      setError(errorText(t, e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Center mih="70vh">
      <Card withBorder shadow="sm" padding="xl" w={480}>
        <form onSubmit={(e) => { e.preventDefault(); void open(); }}>
          <Stack>
            <Center><ThemeIcon size={64} radius="xl" variant="light"><IconCashRegister size={36} /></ThemeIcon></Center>
            <Title order={2} ta="center">{t('sell.shift.closedTitle')}</Title>
            <Text c="dimmed" ta="center">{t('sell.shift.closedText')}</Text>
            {error && <Alert color="red" role="alert">{error}</Alert>}
            <TextInput label={t('sell.shift.float')} description={t('sell.shift.floatHint')} placeholder="150,00" size="lg"
              value={text} onChange={(e) => setText(e.currentTarget.value)} inputMode="decimal" autoFocus
              error={text && cents === null ? t('sell.money.invalid') : undefined} />
            <Button type="submit" size="lg" loading={busy} disabled={cents === null}>{t('sell.shift.open')}</Button>
          </Stack>
        </form>
      </Card>
    </Center>
  );
}
