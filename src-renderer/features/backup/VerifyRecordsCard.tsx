/** Verify records: receipt numbering, the receipt hash chain and the journal's balance (counter.verify). */
import { Alert, Button, Card, Group, List, Stack, Text, Title } from '@mantine/core';
import { IconCircleCheck, IconShieldCheck } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Output } from '../../../src-shared/contract';
import { call } from '../../lib/api';
import { errorText } from '../../lib/errors';

export function VerifyRecordsCard() {
  const { t } = useTranslation();
  const [result, setResult] = useState<Output<'counter.verify'> | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function verify() {
    setBusy(true);
    setError(null);
    setResult(null);
    try {
      setResult(await call('counter.verify'));
    } catch (e) {
      setError(errorText(t, e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Card withBorder padding="lg">
      <Stack>
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <div>
            <Title order={4}>{t('backup.verify.title')}</Title>
            <Text size="sm" c="dimmed">{t('backup.verify.intro')}</Text>
          </div>
          <Button variant="light" leftSection={<IconShieldCheck size={18} />} loading={busy} onClick={() => void verify()} style={{ flexShrink: 0 }}>
            {t('backup.verify.button')}
          </Button>
        </Group>
        {error && <Alert color="red" role="alert">{error}</Alert>}
        {result?.ok && (
          <Alert color="green" icon={<IconCircleCheck size={20} />} data-testid="verify-result">{t('backup.verify.ok', { count: result.receipts })}</Alert>
        )}
        {result && !result.ok && (
          <Alert color="red" title={t('backup.verify.problemsTitle')} data-testid="verify-result">
            <List size="sm" spacing={2}>
              {result.problems.map((p, i) => <List.Item key={i}>{t('backup.verify.problem', { number: p.number, problem: p.problem })}</List.Item>)}
            </List>
          </Alert>
        )}
      </Stack>
    </Card>
  );
}
