/** First start: set up the business, or open the demo shop. */
import { Alert, Box, Button, Card, Center, Group, Loader, SimpleGrid, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconBuildingStore, IconSparkles } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate } from 'react-router';
import type { Language } from '../../../src-shared/countries';
import { call } from '../../lib/api';
import { errorText } from '../../lib/errors';
import { useSessionStore } from '../auth/store';
import { LanguageSwitch } from '../shell/LanguageSwitch';
import { SetupForm } from './SetupForm';

export function SetupPage() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const { status, load } = useSessionStore();
  const [mode, setMode] = useState<'choose' | 'form' | 'demo'>('choose');
  const [error, setError] = useState<string | null>(null);

  if (status && status.state === 'ready') return <Navigate to="/login" replace />;

  async function openDemo() {
    setMode('demo');
    setError(null);
    try {
      await call('setup.loadDemo', { language: i18n.language as Language });
      await load();
      navigate('/login');
    } catch (e) {
      setError(errorText(t, e));
      setMode('choose');
    }
  }

  async function done() {
    await load();
    navigate('/login');
  }

  return (
    <Box mih="100vh" py={48} px="md">
      <Stack maw={mode === 'form' ? 760 : 860} mx="auto" gap="xl">
        <Group justify="space-between">
          <Group gap="sm">
            <img src="./favicon.svg" width={40} height={40} alt="" />
            <Title order={1}>{t('setup.title')}</Title>
          </Group>
          <LanguageSwitch />
        </Group>
        {status?.readOnly && (
          <Alert color="red" title={t('setup.readOnlyTitle')}>{t('setup.readOnlyText', { problem: status.problem })}</Alert>
        )}
        {error && <Alert color="red">{error}</Alert>}
        {mode === 'form' && <SetupForm onBack={() => setMode('choose')} onDone={done} />}
        {mode === 'demo' && (
          <Center py="xl"><Group><Loader /><Text>{t('setup.demoLoading')}</Text></Group></Center>
        )}
        {mode === 'choose' && (
          <>
            <Text size="lg" c="dimmed">{t('setup.intro')}</Text>
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="lg">
              <ChoiceCard icon={<IconBuildingStore size={28} />} title={t('setup.ownBusinessTitle')} text={t('setup.ownBusinessHint')}
                action={<Button fullWidth size="lg" onClick={() => setMode('form')}>{t('setup.ownBusiness')}</Button>} />
              <ChoiceCard icon={<IconSparkles size={28} />} title={t('setup.demoTitle')} text={t('setup.demoHint')}
                action={<Button fullWidth size="lg" variant="light" onClick={() => void openDemo()}>{t('setup.demo')}</Button>} />
            </SimpleGrid>
          </>
        )}
      </Stack>
    </Box>
  );
}

function ChoiceCard({ icon, title, text, action }: { icon: React.ReactNode; title: string; text: string; action: React.ReactNode }) {
  return (
    <Card withBorder shadow="sm" padding="xl">
      <Stack justify="space-between" h="100%" gap="lg">
        <Stack gap="sm">
          <ThemeIcon size={52} radius="md" variant="light">{icon}</ThemeIcon>
          <Title order={3}>{title}</Title>
          <Text c="dimmed">{text}</Text>
        </Stack>
        {action}
      </Stack>
    </Card>
  );
}
