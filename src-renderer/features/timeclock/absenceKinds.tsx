/** How the kinds of absence look everywhere: a letter (U/K/S in German) on a colour, and a badge. */
import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AbsenceKind } from '../../../src-shared/contract/staff';

export const ABSENCE_COLOR: Record<AbsenceKind, string> = { vacation: 'teal', sick: 'orange', other: 'grape' };

export function AbsenceBadge({ kind, halfDay = false }: { kind: AbsenceKind; halfDay?: boolean }) {
  const { t } = useTranslation();
  return (
    <Badge color={ABSENCE_COLOR[kind]} variant="light">
      {t(`timeclock.absences.kind.${kind}`)}{halfDay ? ` (${t('timeclock.absences.half')})` : ''}
    </Badge>
  );
}
