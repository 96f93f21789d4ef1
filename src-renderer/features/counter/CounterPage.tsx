/** The counter's frame. Selling arrives with the counter module; until then the screen says so. */
import { AppShell, Card, Center, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconBarcode } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { TopBar } from '../shell/TopBar';

export function CounterPage() {
  const { t } = useTranslation();
  return (
    <AppShell header={{ height: 72 }} padding="lg">
      <AppShell.Header><TopBar area="counter" /></AppShell.Header>
      <AppShell.Main>
        <Center mih="60vh">
          <Card withBorder padding="xl" maw={640}>
            <Stack align="center" ta="center">
              <ThemeIcon size={64} radius="xl" variant="light"><IconBarcode size={36} /></ThemeIcon>
              <Title order={2}>{t('counter.notYet')}</Title>
              <Text c="dimmed">{t('counter.notYetText')}</Text>
            </Stack>
          </Card>
        </Center>
      </AppShell.Main>
    </AppShell>
  );
}
