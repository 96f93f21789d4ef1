/** The frame's top bar: shop, where you are, who is signed in, date and time, language, sign-out. */
import { Badge, Button, Group, Text, Title } from '@mantine/core';
import { IconBuildingWarehouse, IconCashRegister, IconLogout } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useFormat } from '../../lib/format';
import { useChanged } from '../../lib/useChanged';
import { can, useSessionStore } from '../auth/store';
import { BackupOverdueButton, useBackupOverdue } from '../backup/BackupOverdueButton';
import { useSettingsStore } from '../settings/store';
import { TimeClockButton } from '../timeclock/TimeClockDialog';
import { LanguageSwitch } from './LanguageSwitch';

function useNow(intervalMs = 15_000): Date {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const timer = setInterval(() => setNow(new Date()), intervalMs);
    return () => clearInterval(timer);
  }, [intervalMs]);
  return now;
}

export function TopBar({ area }: { area: 'counter' | 'back' }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { session, signOut } = useSessionStore();
  const { company, loadCompany } = useSettingsStore();
  const format = useFormat(company?.countryCode);
  const now = useNow();
  const backupOverdue = useBackupOverdue(can(session, 'settings.manage'));

  useEffect(() => {
    void loadCompany();
  }, [loadCompany]);
  useChanged(['company'], () => void loadCompany());

  return (
    <Group h="100%" px="md" justify="space-between" wrap="nowrap">
      <Group gap="md" wrap="nowrap">
        <img src="./favicon.svg" width={32} height={32} alt="" />
        <Title order={3} lineClamp={1} data-testid="shop-name">{company?.name ?? ''}</Title>
        <Group gap={4}>
          {can(session, 'counter.sell') && (
            <Button variant={area === 'counter' ? 'filled' : 'subtle'} leftSection={<IconCashRegister size={18} />} onClick={() => navigate('/counter')}>
              {t('shell.counter')}
            </Button>
          )}
          {can(session, 'backoffice.access') && (
            <Button variant={area === 'back' ? 'filled' : 'subtle'} leftSection={<IconBuildingWarehouse size={18} />} onClick={() => navigate('/back/settings')}>
              {t('shell.backOffice')}
            </Button>
          )}
        </Group>
      </Group>
      <Group gap="lg" wrap="nowrap">
        <div style={{ textAlign: 'right' }}>
          <Text fw={600} size="sm" data-testid="clock-time">{format.time(now)}</Text>
          {backupOverdue ? <BackupOverdueButton /> : <Text size="xs" c="dimmed">{format.date(now)}</Text>}
        </div>
        {area === 'counter' && <TimeClockButton compact />}
        <LanguageSwitch size="xs" />
        <Group gap={6} wrap="nowrap">
          <Text fw={600} size="sm" data-testid="signed-in-name">{session?.name}</Text>
          {session && <Badge variant="light">{t(`roles.${session.role}`, { defaultValue: session.role })}</Badge>}
        </Group>
        <Button variant="default" leftSection={<IconLogout size={18} />} onClick={() => void signOut().then(() => navigate('/login'))}>
          {t('shell.signOut')}
        </Button>
      </Group>
    </Group>
  );
}
