/** Sign-in: counter staff tap their name and type their PIN; the owner uses name and password. */
import { Alert, Anchor, Avatar, Box, Button, Card, Center, Group, PasswordInput, SimpleGrid, Stack, Text, TextInput, Title, UnstyledButton } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate } from 'react-router';
import type { PinStaff } from '../../../src-shared/contract/auth';
import { ApiError, call } from '../../lib/api';
import { errorText } from '../../lib/errors';
import { useFormat } from '../../lib/format';
import { LanguageSwitch } from '../shell/LanguageSwitch';
import { TimeClockButton } from '../timeclock/TimeClockDialog';
import { homeOf } from './guards';
import { PinPad } from './PinPad';
import { useSessionStore } from './store';

const initials = (name: string) => name.split(/\s+/).map((part) => part[0]).join('').slice(0, 2).toUpperCase();

export function SignInPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const format = useFormat();
  const { status, session, loaded, load, signIn, sessionEnded } = useSessionStore();
  const [staff, setStaff] = useState<PinStaff[]>([]);
  const [chosen, setChosen] = useState<PinStaff | null>(null);
  const [mode, setMode] = useState<'pin' | 'password'>('pin');
  const [pin, setPin] = useState('');
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const loadStaff = useCallback(() => call('auth.pinStaff').then(setStaff).catch(() => setStaff([])), []);
  useEffect(() => {
    if (!loaded) void load();
    void loadStaff();
  }, [loaded, load, loadStaff]);

  if (loaded && status?.state === 'new' && !status.readOnly) return <Navigate to="/setup" replace />;
  if (session) return <Navigate to={homeOf(session.permissions as string[])} replace />;

  async function submit(input: Parameters<typeof signIn>[0]) {
    setBusy(true);
    setError(null);
    try {
      const result = await signIn(input);
      navigate(homeOf(result.session.permissions as string[]));
    } catch (e) {
      setPin('');
      setPassword('');
      const attemptsLeft = e instanceof ApiError ? e.body.details?.attemptsLeft : undefined;
      setError(typeof attemptsLeft === 'number' ? t('signIn.attemptsLeft', { count: attemptsLeft }) : errorText(t, e, format.time));
      void loadStaff();
    } finally {
      setBusy(false);
    }
  }

  const submitPin = () => void submit(chosen ? { pin, staffId: chosen.id } : { pin });

  return (
    <Box mih="100vh" py={40} px="md">
      <Stack maw={920} mx="auto" gap="xl">
        <Group justify="space-between">
          <Group gap="sm">
            <img src="./favicon.svg" width={40} height={40} alt="" />
            <div>
              <Title order={2}>{status?.companyName ?? t('app.name')}</Title>
              <Text c="dimmed" size="sm">{t('app.name')} · {t('signIn.title')}</Text>
            </div>
          </Group>
          <Group gap="sm">
            <TimeClockButton />
            <LanguageSwitch />
          </Group>
        </Group>
        {sessionEnded && <Alert color="yellow">{t('shell.sessionEnded')}</Alert>}
        {error && <Alert color="red" role="alert">{error}</Alert>}
        <Card withBorder shadow="sm" padding="xl">
          {mode === 'pin' ? (
            <Group align="flex-start" justify="center" gap={48} wrap="wrap">
              <Stack gap="sm" style={{ flex: 1, minWidth: 280 }}>
                <Title order={3}>{t('signIn.chooseYou')}</Title>
                {staff.length === 0 && <Text c="dimmed">{t('signIn.noPinStaff')}</Text>}
                <SimpleGrid cols={2} spacing="sm">
                  {staff.map((person) => (
                    <UnstyledButton key={person.id} onClick={() => { setChosen(person); setPin(''); setError(null); }}
                      aria-pressed={chosen?.id === person.id}
                      style={{ borderRadius: 12, border: `2px solid ${chosen?.id === person.id ? 'var(--mantine-color-blue-6)' : 'var(--mantine-color-gray-3)'}`, padding: 12, minHeight: 64 }}>
                      <Group gap="sm" wrap="nowrap">
                        <Avatar color="blue" radius="xl">{initials(person.name)}</Avatar>
                        <div>
                          <Text fw={600}>{person.name}</Text>
                          {person.lockedUntil && (
                            <Group gap={4}><IconLock size={14} /><Text size="xs" c="red">{t('signIn.lockedUntil', { time: format.time(person.lockedUntil) })}</Text></Group>
                          )}
                        </div>
                      </Group>
                    </UnstyledButton>
                  ))}
                </SimpleGrid>
                <Anchor component="button" type="button" mt="md" onClick={() => { setMode('password'); setError(null); }}>{t('signIn.withPassword')}</Anchor>
              </Stack>
              <Stack align="center" gap="xs">
                <Text fw={600}>{chosen ? t('signIn.pinFor', { name: chosen.name }) : t('signIn.enterPin')}</Text>
                <PinPad value={pin} onChange={setPin} onSubmit={submitPin} disabled={busy} />
              </Stack>
            </Group>
          ) : (
            <Center>
              <form onSubmit={(e) => { e.preventDefault(); void submit({ username, password }); }} style={{ width: 360 }}>
                <Stack>
                  <Title order={3}>{t('signIn.withPassword')}</Title>
                  <TextInput label={t('signIn.username')} value={username} onChange={(e) => setUsername(e.currentTarget.value)} autoComplete="username" required autoFocus />
                  <PasswordInput label={t('signIn.password')} value={password} onChange={(e) => setPassword(e.currentTarget.value)} autoComplete="current-password" required />
                  <Button type="submit" size="lg" loading={busy}>{t('signIn.submit')}</Button>
                  <Anchor component="button" type="button" onClick={() => { setMode('pin'); setError(null); }}>{t('signIn.withPin')}</Anchor>
                </Stack>
              </form>
            </Center>
          )}
        </Card>
      </Stack>
    </Box>
  );
}
