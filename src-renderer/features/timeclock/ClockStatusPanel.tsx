/** After the PIN: who it is, where they stand, today's and this week's hours, and the allowed steps as big buttons. */
import { Alert, Button, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { ClockAction, ClockStatus } from '../../../src-shared/contract/staff';
import { useFormat } from '../../lib/format';
import { hm } from './duration';

export const ACTION_COLOR: Record<ClockAction, string> = { in: 'green', breakStart: 'yellow', breakEnd: 'blue', out: 'red' };

export function ClockStateText({ status }: { status: Pick<ClockStatus, 'state' | 'since'> }) {
  const { t } = useTranslation();
  const format = useFormat();
  const time = status.since ? format.time(status.since) : '';
  return <Text size="lg" fw={600} data-testid="clock-state">{t(`timeclock.clock.state.${status.state}`, { time })}</Text>;
}

export function ForgottenClockOut({ at }: { at: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const date = new Intl.DateTimeFormat(format.locale, { day: '2-digit', month: '2-digit' }).format(new Date(at));
  return <Alert color="red" role="alert" icon={<IconAlertTriangle />}>{t('timeclock.clock.forgotten', { date })}</Alert>;
}

export function ClockStatusPanel({ status, busy, onPunch, onBack }: { status: ClockStatus; busy: boolean; onPunch: (action: ClockAction) => void; onBack: () => void }) {
  const { t } = useTranslation();
  return (
    <Stack>
      <Title order={3}>{status.name}</Title>
      <ClockStateText status={status} />
      <Group gap="xl">
        <Text>{t('timeclock.clock.today')}: <b data-testid="clock-today">{hm(status.todayMinutes)}</b></Text>
        <Text>{t('timeclock.clock.week')}: <b data-testid="clock-week">{hm(status.weekMinutes)}</b></Text>
      </Group>
      {status.forgottenClockOut && <ForgottenClockOut at={status.forgottenClockOut} />}
      <SimpleGrid cols={{ base: 1, xs: Math.min(2, Math.max(1, status.actions.length)) }}>
        {status.actions.map((action) => (
          <Button key={action} h={72} fz={22} color={ACTION_COLOR[action]} loading={busy} onClick={() => onPunch(action)}>
            {t(`timeclock.clock.action.${action}`)}
          </Button>
        ))}
      </SimpleGrid>
      <Group justify="flex-start">
        <Button variant="subtle" mih={44} onClick={onBack}>{t('timeclock.clock.notMe')}</Button>
      </Group>
    </Stack>
  );
}
