/** Where a person stands on the time clock: in since, on break since, and a forgotten clock-out as a warning. */
import { Badge, Group, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { EmployeeRow } from '../../../src-shared/contract/staff';
import { useStaffFormat } from './labels';

export function ClockBadge({ row }: { row: Pick<EmployeeRow, 'clockState' | 'clockSince' | 'forgottenClockOut'> }) {
  const { t } = useTranslation();
  const f = useStaffFormat();
  return (
    <Group gap={6}>
      {row.clockState === 'in' && <Badge color="green" variant="light" miw="max-content">{t('staff.employees.clock.in', { time: row.clockSince ? f.time(row.clockSince) : '' })}</Badge>}
      {row.clockState === 'break' && <Badge color="yellow" variant="light" miw="max-content">{t('staff.employees.clock.break', { time: row.clockSince ? f.time(row.clockSince) : '' })}</Badge>}
      {row.clockState === 'off' && <Text size="sm" c="dimmed">{t('staff.employees.clock.off')}</Text>}
      {row.forgottenClockOut && (
        <Badge color="red" variant="light" miw="max-content" leftSection={<IconAlertTriangle size={14} />}>
          {t('staff.employees.clock.forgotten', { date: f.shortDate(row.forgottenClockOut) })}
        </Badge>
      )}
    </Group>
  );
}
