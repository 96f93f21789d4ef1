/**
 * The time clock ("Stempeluhr") at the counter and the sign-in screen: pick your tile or just type
 * your PIN, see where you stand, punch the next step, see it confirmed. The PIN lives only in this
 * dialog's state and is dropped when it closes.
 */
import { ActionIcon, Alert, Button, Group, Modal, SimpleGrid, Stack, Text, Title, Tooltip } from '@mantine/core';
import { IconCircleCheck, IconClockHour4 } from '@tabler/icons-react';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PinStaff } from '../../../src-shared/contract/auth';
import type { ClockAction, ClockStatus } from '../../../src-shared/contract/staff';
import { call } from '../../lib/api';
import { useFormat } from '../../lib/format';
import { PinPad } from '../auth/PinPad';
import { ClockStatusPanel } from './ClockStatusPanel';
import { hm } from './duration';
import { pinErrorText } from './pinError';

/** How long the confirmation stays before the dialog closes by itself. */
const CLOSE_AFTER_MS = 6000;

interface Punched {
  action: ClockAction;
  at: string;
  status: ClockStatus;
}

export function TimeClockDialog({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onClose} title={t('timeclock.clock.title')} size="lg" centered>
      {opened && <TimeClock onClose={onClose} />}
    </Modal>
  );
}

/** The dialog's content, mounted only while it is open, so closing forgets the PIN and the person. */
function TimeClock({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const [staff, setStaff] = useState<PinStaff[]>([]);
  const [chosen, setChosen] = useState<PinStaff | null>(null);
  const [pin, setPin] = useState('');
  const [status, setStatus] = useState<ClockStatus | null>(null);
  const [punched, setPunched] = useState<Punched | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const loadStaff = useCallback(() => {
    call('auth.pinStaff').then(setStaff).catch(() => setStaff([]));
  }, []);
  useEffect(loadStaff, [loadStaff]);
  useEffect(() => {
    if (!punched) return undefined;
    const timer = setTimeout(onClose, CLOSE_AFTER_MS);
    return () => clearTimeout(timer);
  }, [punched, onClose]);

  async function attempt(command: () => Promise<void>) {
    setBusy(true);
    setError(null);
    try {
      await command();
    } catch (e) {
      setError(pinErrorText(t, e, format.time));
    } finally {
      setBusy(false);
    }
  }

  const identify = () => void attempt(async () => {
    try {
      setStatus(await call('timeclock.status', chosen ? { pin, staffId: chosen.id } : { pin }));
    } catch (e) {
      setPin('');
      loadStaff();
      throw e;
    }
  });

  const punch = (action: ClockAction) => void attempt(async () => {
    if (!status) return;
    const next = await call('timeclock.punch', { pin, staffId: status.staffId, action });
    // Clocking in or starting a break begins the new state now; for the other steps it is now as well.
    const at = (action === 'in' || action === 'breakStart') && next.since ? next.since : new Date().toISOString();
    setPunched({ action, at, status: next });
    setPin('');
  });

  function startOver() {
    setStatus(null);
    setPin('');
    setError(null);
  }

  if (punched) {
    return (
      <Stack align="center" gap="md" py="md" data-testid="clock-done">
        <IconCircleCheck size={64} color="var(--mantine-color-green-6)" />
        <Title order={3} ta="center">{t(`timeclock.clock.done.${punched.action}`, { name: punched.status.name, time: format.time(punched.at) })}</Title>
        <Text>{t('timeclock.clock.today')}: <b>{hm(punched.status.todayMinutes)}</b> · {t('timeclock.clock.week')}: <b>{hm(punched.status.weekMinutes)}</b></Text>
        <Text size="sm" c="dimmed">{t('timeclock.clock.closesSoon')}</Text>
        <Button size="lg" mih={56} w={240} onClick={onClose} data-autofocus>{t('timeclock.clock.finish')}</Button>
      </Stack>
    );
  }

  return (
    <Stack>
      {error && <Alert color="red" role="alert">{error}</Alert>}
      {status ? (
        <ClockStatusPanel status={status} busy={busy} onPunch={punch} onBack={startOver} />
      ) : (
        <Group align="flex-start" justify="center" gap="xl" wrap="wrap">
          <Stack gap="xs" style={{ flex: 1, minWidth: 200 }}>
            <Text fw={600}>{t('timeclock.clock.who')}</Text>
            <SimpleGrid cols={1} spacing="xs">
              {staff.map((person) => (
                <Button key={person.id} mih={48} variant={chosen?.id === person.id ? 'filled' : 'default'} aria-pressed={chosen?.id === person.id}
                  onClick={() => { setChosen(chosen?.id === person.id ? null : person); setPin(''); setError(null); }}>
                  <Stack gap={0} align="center">
                    <span>{person.name}</span>
                    {person.lockedUntil && <Text size="xs" c="red">{t('signIn.lockedUntil', { time: format.time(person.lockedUntil) })}</Text>}
                  </Stack>
                </Button>
              ))}
            </SimpleGrid>
            <Text size="sm" c="dimmed">{t('timeclock.clock.pinOnly')}</Text>
          </Stack>
          <Stack align="center" gap="xs">
            <Text fw={600}>{chosen ? t('signIn.pinFor', { name: chosen.name }) : t('signIn.enterPin')}</Text>
            <PinPad value={pin} onChange={setPin} onSubmit={identify} disabled={busy} />
          </Stack>
        </Group>
      )}
    </Stack>
  );
}

/** The button that opens the time clock: labelled on the sign-in screen, an icon in the crowded top bar. */
export function TimeClockButton({ compact = false }: { compact?: boolean }) {
  const { t } = useTranslation();
  const [opened, setOpened] = useState(false);
  const label = t('timeclock.clock.open');
  return (
    <>
      {compact ? (
        <Tooltip label={label}>
          <ActionIcon variant="default" size={44} aria-label={label} onClick={() => setOpened(true)}><IconClockHour4 size={22} /></ActionIcon>
        </Tooltip>
      ) : (
        <Button variant="default" mih={44} leftSection={<IconClockHour4 size={18} />} onClick={() => setOpened(true)}>{label}</Button>
      )}
      <TimeClockDialog opened={opened} onClose={() => setOpened(false)} />
    </>
  );
}
