/**
 * The suggestions for one open bank line, best first, each with why it was suggested and a
 * "Zuordnen" button: an existing entry is linked, open items are settled by a posting.
 */
import { Alert, Badge, Button, Card, Group, Loader, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BankLine, BankSuggestion } from '../../../src-shared/contract/bank';
import { call } from '../../lib/api';
import { errorText } from '../../lib/errors';
import { reasonText } from './reasons';
import { useBankFormat } from './useBankFormat';

export function SuggestionList({ line, onMatched }: { line: BankLine; onMatched(): void }) {
  const { t } = useTranslation();
  const format = useBankFormat();
  const [suggestions, setSuggestions] = useState<BankSuggestion[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState<number | null>(null);

  useEffect(() => {
    let alive = true;
    call('bank.suggestions', { lineId: line.id })
      .then((found) => alive && setSuggestions(found))
      .catch((e: unknown) => alive && setError(errorText(t, e)));
    return () => {
      alive = false;
    };
  }, [line.id, t]);

  async function match(index: number, suggestion: BankSuggestion) {
    setBusy(index);
    setError(null);
    try {
      await call('bank.match', { lineId: line.id, target: suggestion.target });
      notifications.show({ color: 'green', message: t('bank.suggestions.matched') });
      onMatched();
    } catch (e) {
      setError(errorText(t, e));
    } finally {
      setBusy(null);
    }
  }

  if (error) return <Alert color="red" role="alert">{error}</Alert>;
  if (suggestions === null) return <Loader size="sm" aria-label={t('bank.suggestions.loading')} />;
  if (suggestions.length === 0) return <Text size="sm" c="dimmed">{t('bank.suggestions.none')}</Text>;

  return (
    <Stack gap="xs" data-testid={`bank-suggestions-${line.id}`} aria-label={t('bank.suggestions.title')}>
      {suggestions.map((s, i) => (
        <Card key={i} withBorder padding="sm">
          <Group justify="space-between" wrap="nowrap" align="flex-start">
            <Stack gap={4}>
              <Text fw={500}>
                {s.kind === 'entry' ? t('bank.suggestions.entry', { number: s.entryNumber, text: s.label }) : t('bank.suggestions.items', { label: s.label })}
                <Text span c="dimmed" size="sm"> · {format.day(s.bookedOn)}</Text>
              </Text>
              {s.items.length > 1 && (
                <Text size="sm" c="dimmed">
                  {s.items.map((item) => `${t('bank.suggestions.entryShort', { number: item.entryNumber })} ${format.money(item.amountCents)}`).join(' · ')}
                </Text>
              )}
              <Group gap={6}>
                <Badge variant="light" tt="none" color={s.score >= 80 ? 'green' : s.score >= 60 ? 'blue' : 'gray'}>{t('bank.suggestions.score', { score: s.score })}</Badge>
                {s.reasons.map((r, j) => <Badge key={j} variant="outline" color="gray" tt="none">{reasonText(t, r)}</Badge>)}
              </Group>
            </Stack>
            <Button size="sm" miw={110} loading={busy === i} disabled={busy !== null} onClick={() => void match(i, s)}>{t('bank.suggestions.match')}</Button>
          </Group>
        </Card>
      ))}
    </Stack>
  );
}
