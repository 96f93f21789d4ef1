/**
 * The DATEV panel on its own (as the books page mounts it), against a real core through the
 * in-process transport: settings saved, the export downloaded as Windows-1252 bytes, refusals
 * shown in words.
 */
import { MantineProvider } from '@mantine/core';
import { Notifications, notifications } from '@mantine/notifications';
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import iconv from 'iconv-lite';
import { I18nextProvider } from 'react-i18next';
import { inProcessTransport } from '../../src-main/core/in-process';
import { DatevPanel } from '../../src-renderer/features/datev/DatevPanel';
import { i18n } from '../../src-renderer/i18n';
import { call, setTransport } from '../../src-renderer/lib/api';
import { theme } from '../../src-renderer/theme';
import { testCore } from '../helpers/core';
import { catchDownloads } from './downloads';

async function signedInPanel() {
  const t = testCore();
  t.loadDemo();
  void i18n.changeLanguage('de');
  setTransport(inProcessTransport(t.core));
  await call('auth.signIn', { username: 'owner', password: 'kontor-demo' });
  render(
    <MantineProvider theme={theme} env="test">
      <I18nextProvider i18n={i18n}>
        <Notifications />
        <DatevPanel />
      </I18nextProvider>
    </MantineProvider>,
  );
  await screen.findByRole('heading', { name: 'DATEV-Export' });
  return t;
}

function setRange(from: string, to: string) {
  const [fromInput, toInput] = [...document.querySelectorAll<HTMLInputElement>('input[type="date"]')];
  fireEvent.change(fromInput!, { target: { value: from } });
  fireEvent.change(toInput!, { target: { value: to } });
}

afterEach(() => {
  vi.restoreAllMocks();
  act(() => notifications.clean());
});

test('the owner enters the consultant\'s numbers, exports January and gets the DATEV file', async () => {
  const user = userEvent.setup();
  const downloads = catchDownloads();
  const t = await signedInPanel();

  const button = await screen.findByRole('button', { name: 'DATEV exportieren' });
  expect(button).toBeDisabled();
  expect(screen.getByText(/Bitte zuerst Berater- und Mandantennummer eintragen/)).toBeInTheDocument();

  await user.type(screen.getByLabelText('Beraternummer'), '1001');
  await user.type(screen.getByLabelText('Mandantennummer'), '456');
  await user.selectOptions(screen.getByLabelText('Beginn des Wirtschaftsjahres'), 'Januar');
  await user.type(screen.getByLabelText('Diktatkürzel'), 'kt');
  await user.click(screen.getByRole('button', { name: 'Speichern' }));
  await screen.findByText('DATEV-Einstellungen gespeichert');
  expect(t.core.db.prepare("SELECT value FROM app_settings WHERE key = 'datev'").pluck().get())
    .toBe(JSON.stringify({ consultantNumber: 1001, clientNumber: 456, accountLength: 4, fiscalYearStartMonth: 1, dictationCode: 'KT' }));

  setRange('2026-01-01', '2026-01-31');
  await waitFor(() => expect(screen.getByRole('button', { name: 'DATEV exportieren' })).toBeEnabled());
  await user.click(screen.getByRole('button', { name: 'DATEV exportieren' }));

  const result = await screen.findByTestId('datev-result');
  expect(result).toHaveTextContent(/2 Buchungszeilen aus 1 Buchungen exportiert: EXTF_Buchungsstapel_2026-01-01_2026-01-31\.csv/);
  expect(result).toHaveTextContent(/noch nicht abgeschlossen/);
  expect(downloads).toHaveLength(1);
  expect(downloads[0]!.fileName).toBe('EXTF_Buchungsstapel_2026-01-01_2026-01-31.csv');
  const bytes = Buffer.from(await downloads[0]!.blob.arrayBuffer());
  const text = iconv.decode(bytes, 'windows-1252');
  expect(text.startsWith('"EXTF";700;21;"Buchungsstapel";9;')).toBe(true);
  expect(text.split('\r\n')[0]!.split(';').slice(10, 18)).toEqual(['1001', '456', '20260101', '4', '20260101', '20260131', '"Kontor 01.01.2026-31.01.2026"', '"KT"']);
  // The demo's opening entry "Eröffnungsbilanz": "ö" is the single byte F6, as Windows-1252 has it.
  expect(bytes.includes(Buffer.from([0x45, 0x72, 0xf6, 0x66]))).toBe(true);
  expect(text.split('\r\n')).toHaveLength(5); // header, columns, two rows, and the final CRLF
  t.close();
});

test('a period over two fiscal years is refused with the reason in words', async () => {
  const user = userEvent.setup();
  const downloads = catchDownloads();
  const t = await signedInPanel();
  t.signInOwner();
  t.call('datev.settings.update', { consultantNumber: 1001, clientNumber: 456, accountLength: 4, fiscalYearStartMonth: 1, dictationCode: '' });
  // The panel refetches the settings when the ledger topic changes.
  await waitFor(() => expect(screen.getByLabelText('Beraternummer')).toHaveValue('1001'));

  setRange('2025-12-01', '2026-01-31');
  await waitFor(() => expect(screen.getByRole('button', { name: 'DATEV exportieren' })).toBeEnabled());
  await user.click(screen.getByRole('button', { name: 'DATEV exportieren' }));
  const refusal = await screen.findByText(/Ein DATEV-Stapel umfasst höchstens ein Wirtschaftsjahr/);
  expect(refusal).toHaveTextContent('Ein DATEV-Stapel umfasst höchstens ein Wirtschaftsjahr (2025-01-01 bis 2025-12-31). Bitte jedes Jahr einzeln exportieren.');
  expect(refusal.closest('[role="alert"]')).not.toBeNull();
  expect(downloads).toHaveLength(0);
  t.close();
});
