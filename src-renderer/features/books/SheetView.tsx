/**
 * A report sheet with its actions: print (or save as PDF in the desktop app) and CSV download.
 * The A4 copy for printing is only put into the page once printing was asked for.
 */
import { Button, Group, Stack } from '@mantine/core';
import { IconFileSpreadsheet, IconFileTypePdf, IconPrinter } from '@tabler/icons-react';
import { useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { downloadCsv } from '../../lib/download';
import { canSavePdf, printView, savePdf } from '../../lib/print';
import { PrintSheet } from './PrintSheet';
import { ReportTable } from './ReportTable';
import { sheetCsvRows, type Sheet } from './sheet';

interface Props {
  sheet: Sheet;
  /** The report's name: the printed heading and the table's accessible name. */
  title: string;
  /** The period or day the report covers, as shown. */
  period: string;
  /** File name without extension, for the CSV and the PDF. */
  fileName: string;
  /** Shown above the table, e.g. key figures. */
  children?: ReactNode;
  /** Shown under the table, e.g. a note on how to read it. */
  footer?: ReactNode;
  emptyText?: string;
  testId?: string;
}

export function SheetView({ sheet, title, period, fileName, children, footer, emptyText, testId }: Props) {
  const { t, i18n } = useTranslation();
  const [paper, setPaper] = useState(false);
  const [request, setRequest] = useState<{ kind: 'print' | 'pdf'; at: number } | null>(null);

  useEffect(() => {
    if (!request) return;
    if (request.kind === 'pdf') void savePdf(fileName);
    else printView();
  }, [request, fileName]);

  const ask = (kind: 'print' | 'pdf') => {
    setPaper(true);
    setRequest({ kind, at: Date.now() });
  };

  return (
    <Stack gap="sm">
      <Group justify="space-between" align="flex-end" wrap="wrap">
        <div style={{ flex: 1 }}>{children}</div>
        <Group gap="xs">
          <Button variant="default" leftSection={<IconPrinter size={18} />} onClick={() => ask('print')}>{t('books.print.print')}</Button>
          {canSavePdf() && <Button variant="default" leftSection={<IconFileTypePdf size={18} />} onClick={() => ask('pdf')}>{t('books.print.pdf')}</Button>}
          <Button variant="default" leftSection={<IconFileSpreadsheet size={18} />} onClick={() => downloadCsv(`${fileName}.csv`, sheetCsvRows(sheet), i18n.language)}>
            {t('books.print.csv')}
          </Button>
        </Group>
      </Group>
      <ReportTable sheet={sheet} label={title} emptyText={emptyText} testId={testId} />
      {footer}
      {paper && <PrintSheet sheet={sheet} title={title} period={period} />}
    </Stack>
  );
}
