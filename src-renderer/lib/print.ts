/**
 * Printing receipts and reports: through Electron's print and PDF in the desktop app, through
 * the browser's print dialog (which also saves PDFs) in browser mode.
 */
interface PrintBridge {
  print?(): Promise<unknown>;
  savePdf?(suggestedName: string): Promise<unknown>;
}

const bridge = (): PrintBridge | undefined => (window as unknown as { kontor?: PrintBridge }).kontor;

export function printView(): void {
  const b = bridge();
  if (b?.print) void b.print();
  else window.print();
}

/** True where the app can write a PDF itself (desktop); in the browser the print dialog does it. */
export const canSavePdf = (): boolean => typeof bridge()?.savePdf === 'function';

export async function savePdf(suggestedName: string): Promise<string | null> {
  const b = bridge();
  if (!b?.savePdf) {
    window.print();
    return null;
  }
  return ((await b.savePdf(suggestedName)) as string | null) ?? null;
}
