/** One headline number above a report (the result, the VAT payable). */
import { Paper, Text } from '@mantine/core';

export function KeyFigure({ label, value, hint, color, testId }: { label: string; value: string; hint?: string; color?: string; testId?: string }) {
  return (
    <Paper withBorder px="md" py="xs" radius="md">
      <Text size="xs" c="dimmed">{label}</Text>
      <Text fw={700} size="lg" c={color} data-testid={testId} style={{ fontVariantNumeric: 'tabular-nums' }}>{value}</Text>
      {hint && <Text size="xs" c="dimmed">{hint}</Text>}
    </Paper>
  );
}
