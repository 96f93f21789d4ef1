/** A document's state at a glance: draft / issued / discarded, and for invoices paid and overdue. */
import { Badge, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { SalesDocumentSummary } from '../../../src-shared/contract/salesdocs';

const STATUS_COLOR = { draft: 'gray', issued: 'blue', discarded: 'dark' } as const;
const PAYMENT_COLOR = { open: 'yellow', partlyPaid: 'orange', settled: 'green' } as const;

export function StatusBadges({ document: d }: { document: SalesDocumentSummary }) {
  const { t } = useTranslation();
  return (
    <Group gap={6} wrap="nowrap">
      {d.paymentStatus === null
        ? <Badge color={STATUS_COLOR[d.status]} variant="light">{t(`salesdocs.status.${d.status}`)}</Badge>
        : <Badge color={PAYMENT_COLOR[d.paymentStatus]} variant="light">{t(`salesdocs.paymentStatus.${d.paymentStatus}`)}</Badge>}
      {d.overdue && <Badge color="red">{t('salesdocs.overdueDays', { count: d.daysOverdue })}</Badge>}
    </Group>
  );
}
