/** In the top bar, for whoever manages settings: a yellow warning while the last backup is overdue. */
import { Button, Tooltip } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { call } from '../../lib/api';
import { useChanged } from '../../lib/useChanged';

/** True while the last good backup is older than a day and a half (or missing); asked only when `enabled`. */
export function useBackupOverdue(enabled: boolean): boolean {
  const [stale, setStale] = useState(false);
  const load = useCallback(() => {
    if (!enabled) return setStale(false);
    call('backup.status').then((s) => setStale(s.stale && !s.readOnly)).catch(() => setStale(false));
  }, [enabled]);
  useEffect(load, [load]);
  useChanged(['backup'], load);
  return stale;
}

export function BackupOverdueButton() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <Tooltip label={t('backup.status.overdueHint')} multiline w={260} withArrow position="bottom">
      <Button size="compact-xs" color="yellow" c="dark" leftSection={<IconAlertTriangle size={14} />}
        onClick={() => navigate('/back/settings?tab=backup')} data-testid="backup-overdue">
        {t('backup.status.overdue')}
      </Button>
    </Tooltip>
  );
}
