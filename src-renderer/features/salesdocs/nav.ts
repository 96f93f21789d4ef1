/**
 * Which document the sales tab shows is part of the address (/back/sales?view=invoices&doc=12, or
 * &doc=new&kind=quote for a new draft), so going back, reloading or a link lands on it. The view
 * itself belongs to the sales page; these helpers keep it.
 */
import { useSearchParams } from 'react-router';

export type NewKind = 'quote' | 'order' | 'invoice';

export function useDocNav() {
  const [params, setParams] = useSearchParams();
  const view = params.get('view') ?? '';
  const doc = params.get('doc');
  const id = Number(doc);
  const kind = params.get('kind');
  const go = (next: Record<string, string>) => setParams(view ? { view, ...next } : next);
  return {
    docId: Number.isInteger(id) && id > 0 ? id : null,
    newKind: doc === 'new' && (kind === 'quote' || kind === 'order' || kind === 'invoice') ? (kind as NewKind) : null,
    open: (docId: number) => go({ doc: String(docId) }),
    create: (newKind: NewKind) => go({ doc: 'new', kind: newKind }),
    close: () => go({}),
  };
}
