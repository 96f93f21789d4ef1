/** The backups, newest first: date, kind, folder, size; contents and restore for each. */
import { Badge, Button, Group, Table, Text } from '@mantine/core';
import { IconEye, IconRestore } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { BackupInfo } from '../../../src-shared/contract/backup';
import { sameBackup, useBackupFormat } from './format';

interface Props {
  backups: BackupInfo[];
  /** Marked "last good" (the newest backup in the data folder). */
  lastGood?: BackupInfo | null;
  /** Marked "new" (the one just taken). */
  fresh?: BackupInfo | null;
  onShow(backup: BackupInfo): void;
  onRestore(backup: BackupInfo): void;
}

export function BackupTable({ backups, lastGood, fresh, onShow, onRestore }: Props) {
  const { t } = useTranslation();
  const format = useBackupFormat();
  if (backups.length === 0) return <Text c="dimmed">{t('backup.list.empty')}</Text>;
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table verticalSpacing="sm" highlightOnHover>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('backup.list.date')}</Table.Th>
            <Table.Th>{t('backup.list.kind')}</Table.Th>
            <Table.Th>{t('backup.list.folder')}</Table.Th>
            <Table.Th ta="right">{t('backup.list.size')}</Table.Th>
            <Table.Th ta="right">{t('backup.list.actions')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {backups.map((backup) => (
            <Table.Tr key={`${backup.folder}/${backup.file}`} data-testid="backup-row">
              <Table.Td>
                <Group gap="xs" wrap="nowrap">
                  <Text fw={500} style={{ whiteSpace: 'nowrap' }}>{format.dateTime(backup.createdAt)}</Text>
                  {sameBackup(lastGood, backup) && <Badge color="green" variant="light">{t('backup.list.lastGood')}</Badge>}
                  {sameBackup(fresh, backup) && <Badge color="blue" variant="light">{t('backup.list.new')}</Badge>}
                </Group>
                <Text size="xs" c="dimmed">{format.age(backup.createdAt)}</Text>
              </Table.Td>
              <Table.Td>{format.kind(backup.kind)}</Table.Td>
              <Table.Td>{format.folder(backup.folder)}</Table.Td>
              <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>{format.size(backup.sizeBytes)}</Table.Td>
              <Table.Td>
                <Group gap="xs" justify="flex-end" wrap="nowrap">
                  <Button size="xs" variant="default" leftSection={<IconEye size={16} />} onClick={() => onShow(backup)}>{t('backup.list.show')}</Button>
                  <Button size="xs" variant="light" color="red" leftSection={<IconRestore size={16} />} onClick={() => onRestore(backup)}>{t('backup.list.restore')}</Button>
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
