/**
 * The counter's jobs dialog: the open customer orders and service jobs with status, promised day
 * and deposit; taking a new one in (then its job ticket and customer copy to print); handing a
 * ready one over, which ends on the counter's receipt dialog.
 */
import { Alert, Badge, Button, Group, Modal, ScrollArea, Stack, Table, Text, TextInput } from '@mantine/core';
import { IconPlus, IconPrinter, IconSearch } from '@tabler/icons-react';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReceptionOpenJob, ReceptionTicket } from '../../../src-shared/contract/reception';
import { call } from '../../lib/api';
import { errorText } from '../../lib/errors';
import { useCounterStore } from '../counter/counterStore';
import { PrintPortal, printPaper } from '../counter/PrintPortal';
import { useMoney } from '../counter/useMoney';
import { HandOverForm } from './HandOverForm';
import { JobTicket } from './JobTicket';
import { TakeInForm } from './TakeInForm';

type View = { kind: 'list' } | { kind: 'takeIn' } | { kind: 'ticket'; ticket: ReceptionTicket } | { kind: 'handOver'; job: ReceptionOpenJob };

const STATUS_COLOR: Record<ReceptionOpenJob['status'], string> = { received: 'gray', inProgress: 'blue', waitingForParts: 'orange', ready: 'green' };

function OpenJobs({ onTakeIn, onTicket, onHandOver }: { onTakeIn: () => void; onTicket: (id: number) => void; onHandOver: (job: ReceptionOpenJob) => void }) {
  const { t } = useTranslation();
  const { money, shortDate } = useMoney();
  const [search, setSearch] = useState('');
  const [jobs, setJobs] = useState<ReceptionOpenJob[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const load = useCallback(() => {
    call('reception.open', { search: search.trim() }).then((found) => { setJobs(found); setError(null); }).catch((e: unknown) => setError(errorText(t, e)));
  }, [search, t]);
  useEffect(() => { load(); }, [load]);

  return (
    <Stack gap="sm">
      <Group justify="space-between">
        <TextInput leftSection={<IconSearch size={16} />} placeholder={t('reception.open.search')} aria-label={t('reception.open.search')} value={search} maxLength={100}
          onChange={(e) => setSearch(e.currentTarget.value)} style={{ flex: 1 }} />
        <Button mih={44} leftSection={<IconPlus size={18} />} onClick={onTakeIn}>{t('reception.open.new')}</Button>
      </Group>
      {error && <Alert color="red" role="alert">{error}</Alert>}
      {jobs && jobs.length === 0 && <Text c="dimmed">{t('reception.open.none')}</Text>}
      {jobs && jobs.length > 0 && (
        <ScrollArea.Autosize mah="60vh" type="auto">
          <Table striped verticalSpacing="xs" aria-label={t('reception.open.title')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('reception.open.number')}</Table.Th><Table.Th>{t('reception.open.job')}</Table.Th><Table.Th>{t('reception.open.status')}</Table.Th>
                <Table.Th>{t('reception.open.promised')}</Table.Th><Table.Th ta="right">{t('reception.open.price')}</Table.Th>
                <Table.Th ta="right">{t('reception.open.deposit')}</Table.Th><Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {jobs.map((job) => (
                <Table.Tr key={job.id} data-testid="reception-job">
                  <Table.Td>{job.number}</Table.Td>
                  <Table.Td><Text fw={600} size="sm">{job.title}</Text><Text size="xs" c="dimmed">{job.customerName}</Text></Table.Td>
                  <Table.Td><Badge color={STATUS_COLOR[job.status]} variant="light" tt="none" styles={{ root: { overflow: 'visible' }, label: { overflow: 'visible' } }}>{t(`production.status.${job.status}`)}</Badge></Table.Td>
                  <Table.Td>
                    {job.promisedOn ? shortDate(`${job.promisedOn}T12:00:00`) : '–'}
                    {job.daysLate > 0 && <Text size="xs" c="red">{t('reception.open.late', { days: job.daysLate })}</Text>}
                  </Table.Td>
                  <Table.Td ta="right">{job.priceCents === null ? '–' : job.priceIsEstimate ? t('reception.open.estimate', { amount: money(job.priceCents) }) : money(job.priceCents)}</Table.Td>
                  <Table.Td ta="right">{job.depositCents > 0 ? money(job.depositCents) : '–'}</Table.Td>
                  <Table.Td>
                    <Group gap={4} wrap="nowrap" justify="flex-end">
                      <Button size="xs" mih={44} variant="default" leftSection={<IconPrinter size={14} />} onClick={() => onTicket(job.id)}>{t('reception.open.ticket')}</Button>
                      {job.status === 'ready' && <Button size="xs" mih={44} color="green" onClick={() => onHandOver(job)}>{t('reception.open.handOver')}</Button>}
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollArea.Autosize>
      )}
    </Stack>
  );
}

export function ReceptionDialog() {
  const { t } = useTranslation();
  const { dialog, close, showReceipt } = useCounterStore();
  const [view, setView] = useState<View>({ kind: 'list' });
  const [error, setError] = useState<string | null>(null);
  const opened = dialog === 'reception';
  useEffect(() => { if (opened) { setView({ kind: 'list' }); setError(null); } }, [opened]);

  async function openTicket(workOrderId: number) {
    try {
      setView({ kind: 'ticket', ticket: await call('reception.ticket', { workOrderId }) });
    } catch (e) {
      setError(errorText(t, e));
    }
  }
  const title = view.kind === 'takeIn' ? t('reception.takeIn.title')
    : view.kind === 'ticket' ? t('reception.ticket.title', { number: view.ticket.number })
      : view.kind === 'handOver' ? t('reception.handOver.title', { number: view.job.number }) : t('reception.open.title');

  return (
    <Modal opened={opened} onClose={close} title={title} size={view.kind === 'list' ? 'xl' : 560} centered>
      {opened && (
        <Stack>
          {error && <Alert color="red" role="alert">{error}</Alert>}
          {view.kind === 'list' && (
            <OpenJobs onTakeIn={() => setView({ kind: 'takeIn' })} onTicket={(id) => void openTicket(id)} onHandOver={(job) => setView({ kind: 'handOver', job })} />
          )}
          {view.kind === 'takeIn' && <TakeInForm onSaved={(ticket) => setView({ kind: 'ticket', ticket })} onBack={() => setView({ kind: 'list' })} />}
          {view.kind === 'handOver' && <HandOverForm job={view.job} onDone={(receipt) => (receipt ? showReceipt(receipt) : close())} onBack={() => setView({ kind: 'list' })} />}
          {view.kind === 'ticket' && (
            <>
              <ScrollArea.Autosize mah="56vh" type="auto"><JobTicket ticket={view.ticket} /></ScrollArea.Autosize>
              <Group justify="space-between" wrap="nowrap">
                <Button mih={48} variant="default" onClick={() => setView({ kind: 'list' })}>{t('reception.takeIn.back')}</Button>
                <Button mih={48} ml="auto" leftSection={<IconPrinter size={18} />} onClick={printPaper}>{t('reception.ticket.print')}</Button>
                <Button mih={48} color="green" onClick={close}>{t('reception.ticket.done')}</Button>
              </Group>
              <PrintPortal><JobTicket ticket={view.ticket} /></PrintPortal>
            </>
          )}
        </Stack>
      )}
    </Modal>
  );
}
