/** What printing prints: a copy of the paper, placed directly under <body> (see print.css). */
import type { ReactNode } from 'react';
import { createPortal } from 'react-dom';
import './print.css';

export function PrintPortal({ children }: { children: ReactNode }) {
  return createPortal(<div className="kontor-print-root" aria-hidden>{children}</div>, document.body);
}

/** Prints the paper: Electron's print in the desktop app, the browser's dialog in browser mode. */
export { printView as printPaper } from '../../lib/print';
