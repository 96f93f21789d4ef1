/**
 * Where the sales tab stands is part of the address (/back/sales?view=customers&customer=12), so
 * going back, reloading or a link lands on the same customer.
 */
import { useSearchParams } from 'react-router';

/** The sales tab's views; quotes, orders and invoices join here as they are built. */
export const SALES_VIEWS = ['customers', 'quotes', 'invoices', 'overdue'] as const;
export type SalesView = (typeof SALES_VIEWS)[number];

export function useSalesNav() {
  const [params, setParams] = useSearchParams();
  const asked = params.get('view') as SalesView | null;
  const customer = Number(params.get('customer'));
  return {
    view: asked && SALES_VIEWS.includes(asked) ? asked : SALES_VIEWS[0],
    customerId: Number.isInteger(customer) && customer > 0 ? customer : null,
    show: (view: SalesView) => setParams({ view }),
    openCustomer: (id: number) => setParams({ view: 'customers', customer: String(id) }),
    customerList: () => setParams({ view: 'customers' }),
  };
}
