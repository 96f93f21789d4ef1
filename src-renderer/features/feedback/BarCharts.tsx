/**
 * Two small bar charts without a chart library, drawn with plain boxes: ranked horizontal bars (top
 * complaints, most asked for) and columns over time (lost-sale value). Every bar carries its words
 * for screen readers; the columns also come as a hidden table.
 */
import { Box, Group, Stack, Table, Text, VisuallyHidden } from '@mantine/core';

export interface RankedBar {
  key: string;
  label: string;
  value: number;
  /** What the bar says in words ("Bauernbrot: 3"). */
  description: string;
  /** The number printed at the end of the bar. */
  valueText: string;
}

export function RankedBars({ title, bars, color, empty }: { title: string; bars: RankedBar[]; color: string; empty: string }) {
  const max = Math.max(1, ...bars.map((b) => b.value));
  return (
    <figure style={{ margin: 0 }} aria-label={title}>
      {bars.length === 0 && <Text c="dimmed" size="sm">{empty}</Text>}
      <Stack gap={6} role="list">
        {bars.map((b) => (
          <Group key={b.key} gap="sm" wrap="nowrap" role="listitem" aria-label={b.description}>
            <Text size="sm" w={180} truncate="end" title={b.label} aria-hidden>{b.label}</Text>
            <Box style={{ flex: 1 }} aria-hidden>
              <Box h={18} bg={`${color}.5`} style={{ width: `${(b.value / max) * 100}%`, minWidth: 2, borderRadius: 3 }} />
            </Box>
            <Text size="sm" w={56} ta="right" fw={600} style={{ fontVariantNumeric: 'tabular-nums' }} aria-hidden>{b.valueText}</Text>
          </Group>
        ))}
      </Stack>
    </figure>
  );
}

export interface Column {
  key: string;
  label: string;
  value: number;
  valueText: string;
  description: string;
}

const HEIGHT = 160;

export function ColumnChart({ title, columns, color, headers }: { title: string; columns: Column[]; color: string; headers: [string, string] }) {
  const max = Math.max(1, ...columns.map((c) => c.value));
  // Labels every few columns when there are many, so they never overlap.
  const labelEvery = Math.max(1, Math.ceil(columns.length / 16));
  return (
    <figure style={{ margin: 0 }}>
      <Group role="img" aria-label={`${title}: ${columns.map((c) => c.description).join('; ')}`} gap={6} wrap="nowrap" align="flex-end"
        h={HEIGHT + 44} style={{ borderBottom: '1px solid var(--mantine-color-gray-4)', paddingBottom: 0 }}>
        {columns.map((c) => (
          <Stack key={c.key} gap={2} justify="flex-end" align="center" style={{ flex: 1, minWidth: 0, height: '100%' }} title={c.description}>
            {c.value > 0 && <Text size="xs" fw={600} style={{ whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums' }}>{c.valueText}</Text>}
            <Box w="70%" maw={56} h={c.value === 0 ? 0 : Math.max(2, (c.value / max) * HEIGHT)} bg={`${color}.5`} style={{ borderRadius: '3px 3px 0 0' }} />
          </Stack>
        ))}
      </Group>
      <Group gap={6} wrap="nowrap" mt={4} aria-hidden>
        {columns.map((c, i) => (
          <Text key={c.key} size="xs" c="dimmed" ta="center" style={{ flex: 1, minWidth: 0, whiteSpace: 'nowrap' }}>{i % labelEvery === 0 ? c.label : ''}</Text>
        ))}
      </Group>
      <VisuallyHidden>
        <Table>
          <caption>{title}</caption>
          <thead><tr><th>{headers[0]}</th><th>{headers[1]}</th></tr></thead>
          <tbody>{columns.map((c) => <tr key={c.key}><td>{c.label}</td><td>{c.valueText}</td></tr>)}</tbody>
        </Table>
      </VisuallyHidden>
    </figure>
  );
}
