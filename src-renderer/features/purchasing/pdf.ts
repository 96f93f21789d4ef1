/** The order's A4 PDF from the core, saved as a file the person can mail to the supplier. */
import { call } from '../../lib/api';
import { downloadBytes } from '../../lib/download';

export async function downloadOrderPdf(id: number): Promise<string> {
  const pdf = await call('purchasing.orders.pdf', { id });
  downloadBytes(pdf.fileName, pdf.base64, 'application/pdf');
  return pdf.fileName;
}
