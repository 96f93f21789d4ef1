/** A document's A4 PDF from the core, saved as a file the person can send to the customer. */
import { call } from '../../lib/api';
import { downloadBytes } from '../../lib/download';

export async function downloadDocumentPdf(id: number): Promise<string> {
  const pdf = await call('salesdocs.pdf', { id });
  downloadBytes(pdf.fileName, pdf.base64, 'application/pdf');
  return pdf.fileName;
}
