/** A module that is planned but not built: says so, and what it will bring. */
import { Alert, Stack, Text, Title } from '@mantine/core';
import { IconHammer } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { ModuleKey } from './modules';

export function PlannedModule({ module }: { module: Exclude<ModuleKey, 'settings'> }) {
  const { t } = useTranslation();
  return (
    <Stack maw={720}>
      <Title order={2}>{t(`modules.${module}`)}</Title>
      <Alert icon={<IconHammer />} color="gray" title={t('planned.notBuilt')}>
        <Text>{t('planned.intro')}</Text>
        <Text mt="xs" fw={500}>{t(`planned.${module}`)}</Text>
      </Alert>
    </Stack>
  );
}
