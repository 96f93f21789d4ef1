/**
 * The month at a glance: a row per person, a column per day (weekends shaded, today marked), each
 * absence as its letter on its colour. A click on an absence opens it; on a free day, a new one.
 */
import { Group, Table, Text, UnstyledButton } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Absence, EmployeeRow } from '../../../src-shared/contract/staff';
import { useFormat } from '../../lib/format';
import { ABSENCE_COLOR } from './absenceKinds';
import { dayText, today, weekday } from './periods';

interface CalendarProps {
  days: string[];
  staff: EmployeeRow[];
  absences: Absence[];
  onOpen: (absence: Absence) => void;
  onNew: (staffId: number, day: string) => void;
}

const weekend = (day: string) => weekday(day) >= 6;
const CELL = { padding: 0, width: 30, minWidth: 30 };

export function AbsenceCalendar({ days, staff, absences, onOpen, onNew }: CalendarProps) {
  const { t } = useTranslation();
  const { locale } = useFormat();
  const now = today();
  const shade = (day: string) => (weekend(day) ? 'var(--mantine-color-gray-1)' : undefined);
  const absenceOn = (staffId: number, day: string) => absences.find((a) => a.staffId === staffId && a.from <= day && day <= a.to);

  return (
    <Table.ScrollContainer minWidth={days.length * 30 + 160}>
      <Table withColumnBorders withTableBorder verticalSpacing={0} horizontalSpacing={0} aria-label={t('timeclock.absences.calendar')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th px="xs">{t('timeclock.absences.person')}</Table.Th>
            {days.map((day) => (
              <Table.Th key={day} ta="center" style={{ ...CELL, background: shade(day), outline: day === now ? '2px solid var(--mantine-color-blue-6)' : undefined }}
                aria-current={day === now ? 'date' : undefined}>
                <Text size="xs" c="dimmed" lh={1.2}>{dayText(day, locale, { weekday: 'narrow' })}</Text>
                <Text size="sm" fw={day === now ? 800 : 500} c={day === now ? 'blue' : undefined}>{Number(day.slice(8))}</Text>
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {staff.map((person) => (
            <Table.Tr key={person.id} data-testid="absence-row" data-person={person.name}>
              <Table.Td px="xs" style={{ whiteSpace: 'nowrap' }}>{person.name}</Table.Td>
              {days.map((day) => {
                const absence = absenceOn(person.id, day);
                const label = `${person.name}, ${dayText(day, locale)}${absence ? `: ${t(`timeclock.absences.kind.${absence.kind}`)}` : ''}`;
                return (
                  <Table.Td key={day} style={{ ...CELL, background: absence ? `var(--mantine-color-${ABSENCE_COLOR[absence.kind]}-${weekend(day) ? 2 : 4})` : shade(day) }}>
                    <UnstyledButton w="100%" h={44} aria-label={label} data-day={day} data-kind={absence?.kind}
                      onClick={() => (absence ? onOpen(absence) : onNew(person.id, day))} style={{ textAlign: 'center' }}>
                      {absence && <Text fw={700} size="sm" c="white">{t(`timeclock.absences.letter.${absence.kind}`)}{absence.halfDay ? '½' : ''}</Text>}
                    </UnstyledButton>
                  </Table.Td>
                );
              })}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

export function AbsenceLegend() {
  const { t } = useTranslation();
  return (
    <Group gap="md" aria-label={t('timeclock.absences.legend')}>
      {(Object.keys(ABSENCE_COLOR) as (keyof typeof ABSENCE_COLOR)[]).map((kind) => (
        <Group key={kind} gap={6}>
          <Text fw={700} size="sm" c="white" bg={`${ABSENCE_COLOR[kind]}.4`} w={24} ta="center" style={{ borderRadius: 4 }}>{t(`timeclock.absences.letter.${kind}`)}</Text>
          <Text size="sm">{t(`timeclock.absences.kind.${kind}`)}</Text>
        </Group>
      ))}
      <Text size="sm" c="dimmed">{t('timeclock.absences.halfLegend')}</Text>
    </Group>
  );
}
