/** A touch PIN pad that also takes the keyboard (digits, Backspace, Enter). */
import { Button, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { IconBackspace } from '@tabler/icons-react';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

interface PinPadProps {
  value: string;
  onChange(value: string): void;
  onSubmit(): void;
  disabled?: boolean;
  maxLength?: number;
}

export function PinPad({ value, onChange, onSubmit, disabled = false, maxLength = 8 }: PinPadProps) {
  const { t } = useTranslation();
  const pad = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (disabled) return undefined;
    const onKey = (event: KeyboardEvent) => {
      // A dialog over this pad (the time clock over the sign-in screen) takes the keys itself.
      const dialog = document.querySelector('[role="dialog"]');
      if (dialog && !dialog.contains(pad.current)) return;
      if (/^\d$/.test(event.key)) onChange((value + event.key).slice(0, maxLength));
      else if (event.key === 'Backspace') onChange(value.slice(0, -1));
      else if (event.key === 'Enter' && value.length >= 4) onSubmit();
      else return;
      event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [value, onChange, onSubmit, disabled, maxLength]);

  const digit = (d: string) => (
    <Button key={d} variant="default" h={64} fz={24} disabled={disabled} onClick={() => onChange((value + d).slice(0, maxLength))}>{d}</Button>
  );

  return (
    <Stack ref={pad} gap="md" align="stretch" w={280}>
      <Group justify="center" gap={10} h={32} aria-label={t('signIn.enterPin')} data-testid="pin-dots">
        {Array.from({ length: Math.max(4, value.length) }, (_, i) => (
          <Text key={i} fz={28} lh={1} c={i < value.length ? 'blue' : 'gray.4'}>●</Text>
        ))}
      </Group>
      <SimpleGrid cols={3} spacing="sm">
        {['1', '2', '3', '4', '5', '6', '7', '8', '9'].map(digit)}
        <Button variant="subtle" h={64} px={4} fz="sm" disabled={disabled} onClick={() => onChange('')}>{t('signIn.clear')}</Button>
        {digit('0')}
        <Button variant="subtle" h={64} disabled={disabled} aria-label={t('signIn.delete')} onClick={() => onChange(value.slice(0, -1))}>
          <IconBackspace />
        </Button>
      </SimpleGrid>
      <Button h={56} size="lg" disabled={disabled || value.length < 4} onClick={onSubmit}>{t('signIn.ok')}</Button>
    </Stack>
  );
}
